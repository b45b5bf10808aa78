using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Makes a conference record: its due date from the type's rule and the case's earlier meetings, its invitees from
/// the case's role grants and the channel roster's mailboxes, and the chronology entry that it was requested.
/// </summary>
public sealed class ConferenceRequests(ConferenceStore store, ConferenceRules rules, ChannelRoster roster, ConferenceChronology chronology,
    ILogger<ConferenceRequests> logger)
{
    public async Task<(Conference Conference, bool Created)> RequestAsync(CaseFile file, string id, MeetingType type, ConferencePerson by,
        DateTimeOffset at, Agency? referringAgency, string why, CancellationToken cancellationToken)
    {
        var earlier = await store.ListAsync(file.CaseRef, cancellationToken);
        var conference = new Conference(
            id, file.CaseRef, file.Initials, type, ConferenceStatus.Requested, at, by,
            rules.DueBy(type, at, earlier), referringAgency,
            await InviteesAsync(file, type, referringAgency, cancellationToken),
            [], null, [], [], null, "");
        var (stored, created) = await store.CreateAsync(conference, cancellationToken);
        if (created)
        {
            Log.Changed(logger, file.CaseRef, id, type, "requested");
            await chronology.RecordAsync(stored, "requested", why, by, at, "requested", cancellationToken);
        }
        return (stored, created);
    }

    public async Task<IReadOnlyList<ConferenceInvitee>> InviteesAsync(CaseFile file, MeetingType type, Agency? referringAgency, CancellationToken cancellationToken) =>
        rules.Invitees(type, file, referringAgency, await AddressesAsync(file, cancellationToken));

    /// <summary>Each channel member's mailbox by AAD object id (lower case): the email Teams gives, else the sign-in name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddressesAsync(CaseFile file, CancellationToken cancellationToken) =>
        (await roster.MembersAsync(file.Channel, cancellationToken))
            .Where(m => m.AadObjectId is { Length: > 0 })
            .Select(m => (Id: m.AadObjectId!.ToLowerInvariant(), Address: m.Email is { Length: > 0 } e ? e : m.UserPrincipalName ?? ""))
            .Where(m => m.Address.Contains('@'))
            .GroupBy(m => m.Id)
            .ToDictionary(g => g.Key, g => g.First().Address, StringComparer.Ordinal);

    public static ConferencePerson Person(CaseAccessGrant grant) =>
        new(grant.User.Key, grant.Member?.Name is { Length: > 0 } n ? n : grant.User.DisplayName, grant.Member?.Agency ?? Agency.Other);
}
