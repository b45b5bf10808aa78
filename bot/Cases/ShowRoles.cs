using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Cases;

/// <summary><c>roles</c> in a case channel: who holds which role, and (for leads) the card to grant one.</summary>
public sealed class ShowRoles(CaseAccess access, ChannelRoster roster) : ICommandHandler
{
    public const string Action = "case.showRoles";

    private const int MaxChoices = 100;

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("Roles belong to a case: use 'roles' in the case's channel.");
        return TurnReply.Card("cases/roles", await BuildAsync(grant.Case, "", roster, cancellationToken));
    }

    internal static async Task<RolesCard> BuildAsync(CaseFile file, string problem, ChannelRoster roster, CancellationToken cancellationToken)
    {
        // A standard channel's roster is the whole team; the card must stay well under Teams' size limit.
        var members = (await roster.MembersAsync(file.Channel, cancellationToken))
            .Where(m => !string.IsNullOrEmpty(m.AadObjectId))
            .Select(m => new Choice(m.AadObjectId!.ToLowerInvariant(), m.Name ?? "Unnamed member"))
            .OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxChoices)
            .ToArray();
        var grants = file.Members
            .Select(m => new RoleGrantLine(m.Name, CaseVocabulary.Title(m.Role), CaseVocabulary.Title(m.Agency)))
            .ToArray();
        return new RolesCard(file.CaseRef, file.Initials, problem, members, CaseVocabulary.GrantableRoles, CaseVocabulary.OtherAgencyChoices, grants);
    }
}
