using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cards;

/// <summary>Refuses to start without a template folder, naming the folder it looked in.</summary>
internal sealed class CardsOptionsValidator : IValidateOptions<CardsOptions>
{
    public ValidateOptionsResult Validate(string? name, CardsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            return ValidateOptionsResult.Fail("Cards:Directory is empty.");
        }

        var directory = options.FullDirectory;
        if (!System.IO.Directory.Exists(directory))
        {
            return ValidateOptionsResult.Fail($"Cards:Directory '{directory}' does not exist.");
        }

        return CardTemplates.TemplateFiles(directory).Any()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Cards:Directory '{directory}' holds no card templates (*.json other than *.sample.json).");
    }
}
