using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary><c>status</c> in a case channel: asks CSC for an update on the case's latest referral.</summary>
public sealed class ShowReferralStatus(CaseAccess access, ReferralStore referrals, AskForUpdate ask, ReferralPublisher publisher)
    : ICommandHandler
{
    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, AskForUpdate.Verb, cancellationToken) is not { } grant)
            return TurnReply.Text("'status' asks for an update on a referral: use it in the case's channel.");
        var referral = await referrals.LatestAsync(grant.Case.CaseRef, cancellationToken);
        if (referral is null)
            return TurnReply.Text("No referral has been made in this case yet. Type 'refer' to make one.");
        var (current, problem) = await ask.AskAsync(turn, grant, referral, cancellationToken);
        if (problem is not null)
        {
            // Still worth bringing the card up to date: "overdue" may have become true since it was last drawn.
            await publisher.UpdateSchoolCardAsync(current, cancellationToken);
            return TurnReply.Text(problem);
        }
        return TurnReply.Text("Children's social care has been asked for an update. The answer will show on the referral's card in this channel.");
    }
}
