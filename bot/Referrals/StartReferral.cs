using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Referrals;

/// <summary><c>refer</c> in a case channel: the referral form, for the school's DSL, deputy or school case lead.</summary>
public sealed class StartReferral(CaseStore cases, CaseAccess access, AuditLog audit, ReferralConcernPicker picker) : ICommandHandler
{
    public const string Action = "referral.start";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A referral is made from the case's channel: use 'refer' there.");
        if (!ReferralRules.MayRefer(grant.Case, grant.User.Key))
        {
            await audit.RecordAsync(grant.Case.CaseRef, Action, turn, "refused:not-school-referrer", cancellationToken);
            return TurnReply.Text(NotAReferrer);
        }
        var desks = await DeskChoicesAsync(cases, cancellationToken);
        if (desks.Count == 0)
            return TurnReply.Text("No children's social care front door is linked yet. Ask the front door to add the bot to its channel and link it as a desk with 'setup'.");
        var concerns = await picker.ChoicesAsync(grant.Case.CaseRef, cancellationToken);
        return TurnReply.Card("referrals/form", Form(grant.Case, ReferralIds.New(), desks, concerns));
    }

    internal const string NotAReferrer =
        "Only the school's designated safeguarding lead, a deputy, or the school's case lead can make a referral from here. The refusal was recorded.";

    internal static async Task<IReadOnlyList<Choice>> DeskChoicesAsync(CaseStore cases, CancellationToken cancellationToken) =>
        (await cases.ListDesksAsync(DeskKind.CscFrontDoor, cancellationToken))
            .Select(d => new Choice(d.Channel.ChannelId, d.DeskName ?? "Front door")).ToArray();

    /// <summary>An empty form, offering the case's recent concerns to fill it from.</summary>
    internal static ReferralFormCard Form(CaseFile file, string referralId, IReadOnlyList<Choice> desks, IReadOnlyList<Choice> concerns) => new(
        file.CaseRef, file.Initials, referralId, "", "", "", "", "", "", "",
        desks.Count == 1 ? desks[0].Value : "", desks, ReferralVocabulary.ConsentChoices,
        concerns.Count > 0, concerns, "", "");
}
