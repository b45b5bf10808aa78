using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Summary;

/// <summary>
/// <c>summary</c> in a case channel: posts the case summary as a new thread and keeps that one up to date from then on
/// (Teams gives bots no way to pin a message, so the living card is the newest 'summary' thread).
/// </summary>
public sealed class ShowSummary(CaseAccess access, CaseSummaryPublisher publisher, ILogger<ShowSummary> logger) : ICommandHandler
{
    public const string Action = "summary.show";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A case summary belongs to a case channel: use 'summary' there.");
        try
        {
            await publisher.PostAsync(grant.Case, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.SummaryPostFailed(logger, grant.Case.CaseRef, ex.StatusCode ?? 0);
            return TurnReply.Text("The summary could not be posted just now. Nothing is lost: try 'summary' again in a few minutes.");
        }
        return TurnReply.Text($"The summary of {grant.Case.CaseRef} ({grant.Case.Initials}) is posted as a new thread in this channel; the bot keeps it up to date as the case changes.");
    }
}
