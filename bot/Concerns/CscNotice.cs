using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Referrals;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// "A referral is not the end": once a case has an open referral or an allocated social worker, every new concern
/// is also announced to children's social care, so that no agency assumes CSC already knows. While a referral is
/// undecided the front door is holding it, so the notice goes to the referral's own desk thread; otherwise (or if
/// that thread was never opened) it goes to the case channel, addressed to the social worker. The notice carries the
/// case reference, initials, entry number, category and agency: never what was written.
/// </summary>
public sealed class CscNotice(ReferralStore referrals, CaseChannelPoster poster, ILogger<CscNotice> logger)
{
    public async Task AnnounceAsync(CaseFile file, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        var socialWorkers = file.Members.Where(m => m.Role == CaseRole.SocialWorker).Select(m => m.Name).ToArray();
        var referral = await referrals.LatestAsync(file.CaseRef, cancellationToken);
        var open = referral is { Status: not ReferralStatus.Decided };
        if (!open && socialWorkers.Length == 0) return;

        var what = $"New concern for {file.CaseRef} ({file.Initials}): entry #{entry.Sequence}, " +
            $"{(entry.Category is { } c ? ConcernVocabulary.Title(c) : "Other")}, logged by {CaseVocabulary.Title(entry.Author.Agency)}.";
        try
        {
            if (open && referral!.Cards.DeskConversationId.Length > 0 && referral.Cards.DeskActivityId.Length > 0)
            {
                await poster.ReplyInThreadAsync(referral.Desk.ServiceUrl, referral.Cards.DeskConversationId, referral.Cards.DeskActivityId,
                    what + " This case has a referral with you: read the entry in the case's chronology; do not assume it is already known.",
                    cancellationToken);
                Log.CscNotified(logger, file.CaseRef, entry.Sequence, "desk");
            }
            else
            {
                var to = socialWorkers.Length > 0 ? $"the social worker ({string.Join(", ", socialWorkers)})" : "children's social care";
                await poster.PostTextAsync(file, what + $" For {to}: read the entry in the chronology ('chronology'); do not assume it is already known.",
                    cancellationToken);
                Log.CscNotified(logger, file.CaseRef, entry.Sequence, "case-channel");
            }
        }
        catch (ConnectorException ex)
        {
            // The concern is stored and in the chronology; the notice is an extra, so a failure is logged, not shown.
            Log.CscNoticeFailed(logger, file.CaseRef, entry.Sequence, ex.StatusCode ?? 0);
        }
    }
}
