using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Refuses to start with a policy file that is missing or faulty, naming the file, the line and the fault.</summary>
internal sealed class EscalationOptionsValidator : IValidateOptions<EscalationOptions>
{
    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        if (options.PolicyFile.Length == 0 && (options.Policy.Length == 0 || options.Policy.IndexOfAny(['/', '\\', '.']) >= 0))
            return ValidateOptionsResult.Fail($"Escalations:Policy '{options.Policy}' is not a policy name (use Escalations:PolicyFile for a path).");
        try
        {
            EscalationPolicyLoader.Load(options.FullPolicyFile);
            return ValidateOptionsResult.Success;
        }
        catch (EscalationPolicyException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
