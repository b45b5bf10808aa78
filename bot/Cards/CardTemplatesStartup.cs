using Microsoft.Extensions.Hosting;

namespace CaseCoordinatorBot.Cards;

/// <summary>Loads the card templates while the host starts, so that a broken template stops start-up
/// instead of the first card reply.</summary>
internal sealed class CardTemplatesStartup(CardTemplates templates) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        templates.Names.Count > 0 ? Task.CompletedTask : throw new InvalidOperationException("No card templates were loaded.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
