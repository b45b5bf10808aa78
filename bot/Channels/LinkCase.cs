using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

/// <summary>Inputs of the set-up card's "Link as a case channel".</summary>
public sealed record LinkCaseData(string? CaseRef, string? Initials, string? Agency);

/// <summary>
/// Told once a channel has become a case's home, for what starts with a case (the concern prompting rhythm).
/// Features register one with <c>services.AddScoped&lt;ICaseLinked, T&gt;()</c>; by default there are none.
/// </summary>
public interface ICaseLinked
{
    Task CaseLinkedAsync(CaseFile file, CancellationToken cancellationToken);
}

/// <summary>
/// Makes this channel the home of a new case. The linker becomes the case lead for their agency. The
/// case and the link are both created with If-None-Match, so two people linking at once cannot both win.
/// </summary>
public sealed class LinkCase(CaseStore cases, AgencyTenants tenants, AuditLog audit, UserCases userCases, IEnumerable<ICaseLinked> onLinked, TimeProvider clock, ILogger<LinkCase> logger) : IVerbHandler<LinkCaseData>
{
    public static string Verb => "channel.linkCase";

    public async Task<TurnReply> HandleAsync(Turn turn, LinkCaseData data, CancellationToken cancellationToken)
    {
        TurnReply Again(string problem) => TurnReply.Card("channels/setup",
            ChannelSetupCard.Again(turn, problem, data.CaseRef, data.Initials, data.Agency, null, null));

        if (!turn.IsChannel || turn.ChannelId is not { } channelId || turn.TeamId is not { } teamId)
            return TurnReply.Problem("A case is linked to a team channel. Add the bot to the case's channel and use the set-up card there.");
        if (turn.User is not { } actor)
            return TurnReply.Problem("Teams did not say who you are, so the bot cannot make you the case lead.");
        if (!CaseReferences.TryNormalise(data.CaseRef, out var caseRef)) return Again(CaseReferences.CaseRefRule);
        if (!CaseReferences.TryNormaliseInitials(data.Initials, out var initials)) return Again(CaseReferences.InitialsRule);
        if (!Enum.TryParse<Agency>(data.Agency, ignoreCase: false, out var agency) || !Enum.IsDefined(agency))
            return Again("Choose your agency: you become the case lead for it.");

        if (await cases.FindChannelAsync(channelId, cancellationToken) is { } existing)
            return AlreadyLinked(existing);

        var now = clock.GetUtcNow();
        var channel = new CaseChannel(turn.TenantId ?? "", teamId, channelId, turn.ServiceUrl);
        var (user, _) = await tenants.ResolveAsync(actor, channel, cancellationToken);
        if (!tenants.Allows(user.TenantId))
            return TurnReply.Problem("Your organisation is not one of the agencies this bot serves, so it cannot link this channel.");

        var lead = new CaseMember(user.TenantId, user.AadObjectId, user.DisplayName, agency, CaseRole.Lead, now, user.Key);
        var file = new CaseFile(caseRef, initials, channel, [lead], now, user.Key);
        if (!await cases.TryCreateCaseAsync(file, cancellationToken))
        {
            await audit.RecordAsync(caseRef, Verb, turn, "refused:case-exists", cancellationToken);
            return Again($"Case {caseRef} already has a channel. Use that channel, or check the reference.");
        }

        var link = new ChannelLink(ChannelKind.Case, channel, caseRef, null, null, user.Key, now);
        bool linked;
        try
        {
            linked = await cases.TryLinkChannelAsync(link, cancellationToken);
        }
        catch
        {
            // A case that belongs to no channel would block its reference for good.
            await cases.DeleteCaseAsync(caseRef, CancellationToken.None);
            throw;
        }
        if (!linked)
        {
            // Someone linked this channel a moment earlier; the case made here belongs to no channel.
            await cases.DeleteCaseAsync(caseRef, cancellationToken);
            return await cases.FindChannelAsync(channelId, cancellationToken) is { } winner
                ? AlreadyLinked(winner)
                : TurnReply.Problem("Someone else set up this channel at the same moment. Please try again.");
        }

        await audit.RecordAsync(caseRef, Verb, turn, "created", cancellationToken);
        Log.CaseLinked(logger, turn.CorrelationId, caseRef);
        await userCases.AddAsync(lead.UserKey, caseRef, initials, cancellationToken);
        foreach (var hook in onLinked) await hook.CaseLinkedAsync(file, cancellationToken);
        return TurnReply.Card("channels/case-linked",
            new CaseLinkedCard(caseRef, initials, CaseVocabulary.Title(agency), user.DisplayName, DisplayTime.Format(now)),
            shared: true);
    }

    internal static TurnReply AlreadyLinked(ChannelLink link) => TurnReply.Card("common/notice", new NoticeCard(
        "This channel is already linked",
        link.Kind == ChannelKind.Case
            ? $"It is the channel of case {link.CaseRef}. Type 'help' to see what you can do here."
            : $"It is the {ChannelSetupCard.DeskTitle(link.Desk ?? DeskKind.OtherAgency)} desk{(string.IsNullOrEmpty(link.DeskName) ? "" : " for " + link.DeskName)}."));
}
