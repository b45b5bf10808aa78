using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chronology;

/// <summary><c>verify</c> in a case channel: walks the hash chain and says whether it is intact, or where it breaks.</summary>
public sealed class VerifyChronology(CaseAccess access, ChronologyVerifier verifier, AuditLog audit, ILogger<VerifyChronology> logger) : ICommandHandler
{
    public const string Action = "chronology.verify";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("Verification is of a case's chronology: use 'verify' in the case's channel.");
        var caseRef = grant.Case.CaseRef;
        var report = await verifier.VerifyAsync(caseRef, cancellationToken);
        if (report.BrokenAt is { } at)
        {
            Log.ChainBroken(logger, turn.CorrelationId, caseRef, at);
            await audit.RecordAsync(caseRef, Action, turn, $"broken:{at}", cancellationToken);
            return TurnReply.Card("common/notice", new NoticeCard(
                $"The chronology of {caseRef} is broken at entry {at}",
                $"Entry {at}: {report.Problem}. Entries before it are intact. Tell your data protection lead: the stored record may have been changed outside the bot."));
        }
        Log.ChainIntact(logger, turn.CorrelationId, caseRef, report.Count);
        return TurnReply.Card("common/notice", new NoticeCard(
            $"The chronology of {caseRef} is intact",
            report.Count == 0 ? "There are no entries yet."
                : $"All {report.Count} entries are in order, each carrying the fingerprint of the one before: nothing has been changed or removed."));
    }
}
