using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Builds the cards' data from a conference, the rules and the working-day calendar.</summary>
public sealed class ConferenceCardBuilder(ConferenceRules rules, WorkingDayCalendar calendar)
{
    public ConferenceRules Rules => rules;

    public ConferenceCard Card(Conference c, string problem = "", SlotResult? found = null, IReadOnlyDictionary<string, ConferenceInvitee>? byAddress = null)
    {
        var rule = rules.Rule(c.Type);
        var zone = calendar.Zone;
        var present = c.Invitees.Select(i => i.Agency).ToHashSet();
        var required = RequiredAgencies(c);
        var missing = required.Where(a => !present.Contains(a)).Select(a => CaseVocabulary.Title(a)).ToArray();
        var noAddress = c.Invitees.Where(i => i.Required && i.Address.Length == 0).Select(i => i.Name).ToArray();
        string Who(string address) => byAddress?.GetValueOrDefault(address) is { } i ? $"{i.Name} ({CaseVocabulary.Title(i.Agency)})" : "an invitee";

        var slotsNote = found switch
        {
            null => "",
            { Slots.Count: > 0 } => "Pick a slot: the bot books it in the organiser's calendar with a Teams meeting and invites everyone.",
            { Candidates: 0 } => $"There is no working time left before the due date ({Due(c)}). Record why the meeting is late, and book the earliest time you can.",
            _ => "No slot before the due date suits every required invitee. Busy: "
                 + string.Join("; ", found.Blockers.Select(b => $"{Who(b.Address)} in {b.SlotsBlocked} of {found.Candidates} possible slots"))
                 + ". Ask them to free time, or escalate.",
        };
        return new ConferenceCard(
            c.CaseRef, c.Initials, c.Id,
            ConferenceVocabulary.Title(c.Type),
            c.Status switch
            {
                ConferenceStatus.Requested => "Not booked yet",
                ConferenceStatus.Scheduled => "Booked",
                _ => "Cancelled",
            },
            Due(c),
            rule.HasQuorumRule ? $"Quorum: children's social care and at least {rule.QuorumOtherAgencies} other agencies." : "",
            c.Invitees.GroupBy(i => i.Agency).OrderBy(g => g.Key).Select(g => new ConferenceCardAgency(
                CaseVocabulary.Title(g.Key) + (required.Contains(g.Key) ? " (required)" : ""),
                string.Join(", ", g.Select(i => $"{i.Name} ({CaseVocabulary.Title(i.Role)})" + ReplyWord(i, c.Replies))))).ToArray(),
            missing.Length == 0 ? "" : "Nobody in this case is from: " + string.Join(", ", missing) + ". A case lead can add them, or the meeting goes ahead without them.",
            found is null || found.NotVisible.Count == 0 ? "" : "Availability not visible for: " + string.Join(", ", found.NotVisible.Select(Who)) + ". They are invited all the same.",
            noAddress.Length == 0 ? "" : "Teams did not give an email address for: " + string.Join(", ", noAddress) + ". Invite them yourself.",
            found?.Slots.Select(s => new ConferenceCardSlot(ConferenceVocabulary.SlotKey(s.Start), ConferenceVocabulary.Slot(s.Start, s.End, zone))).ToArray() ?? [],
            slotsNote,
            c.Status == ConferenceStatus.Requested ? "yes" : "no",
            c.Meeting is { } m ? ConferenceVocabulary.Slot(m.Start, m.End, zone) + " (UK time)" : "",
            c.Meeting?.JoinUrl ?? "",
            c.Status == ConferenceStatus.Scheduled ? "yes" : "no",
            c.Cancellation is { } x ? $"Cancelled by {x.By.Name} on {Common.DisplayTime.Format(x.At)}. Reason: {x.Reason}" : "",
            c.Status == ConferenceStatus.Cancelled ? "yes" : "no",
            problem);
    }

    public MeetingRiskCard Risk(Conference c, CaseMember? chair, IReadOnlyList<MeetingRisk> risks)
    {
        var byAgency = MeetingRisks.ByAgency(c.Invitees, c.Replies);
        return new MeetingRiskCard(
            c.CaseRef, c.Initials, c.Id, ConferenceVocabulary.Title(c.Type),
            chair is null ? "For the conference chair: nobody holds that role in this case yet." : $"For {chair.Name} ({CaseVocabulary.Title(chair.Role)}).",
            c.Meeting is { } m ? ConferenceVocabulary.Slot(m.Start, m.End, calendar.Zone) + " (UK time)" : "",
            risks.Select(r => new MeetingRiskLine(r.Text)).ToArray(),
            "Replies: " + string.Join("; ", byAgency.OrderBy(kv => kv.Key).Select(kv => $"{CaseVocabulary.Title(kv.Key)} {Word(kv.Value)}")),
            c.Meeting?.JoinUrl ?? "");
    }

    public IReadOnlyList<Agency> RequiredAgencies(Conference c) =>
        c.Invitees.Where(i => i.Required).Select(i => i.Agency)
            .Concat(rules.Rule(c.Type).RequiredAgencies)
            .Concat(rules.Rule(c.Type).ReferringAgencyRequired && c.ReferringAgency is { } a ? [a] : [])
            .Concat(rules.Options.EducationAlwaysInvited && c.Invitees.Any(i => i.Agency == Agency.School) ? [Agency.School] : [])
            .Distinct().Order().ToArray();

    /// <summary>"due in 3 working days, Thu 10 Dec", or "overdue" words from the calendar.</summary>
    public string Due(Conference c) => $"{calendar.Describe(c.DueBy)}, {ConferenceVocabulary.Day(c.DueBy, calendar.Zone)}";

    private static string ReplyWord(ConferenceInvitee i, IReadOnlyList<InviteeReply> replies) =>
        replies.FirstOrDefault(r => i.Address.Length > 0 && string.Equals(r.Address, i.Address, StringComparison.OrdinalIgnoreCase))?.Response switch
        {
            MeetingResponse.Accepted or MeetingResponse.Organizer => ": accepted",
            MeetingResponse.TentativelyAccepted => ": tentative",
            MeetingResponse.Declined => ": declined",
            _ => "",
        };

    private static string Word(MeetingRisks.AgencyReply reply) => reply switch
    {
        MeetingRisks.AgencyReply.Coming => "coming",
        MeetingRisks.AgencyReply.Declined => "declined",
        _ => "not confirmed",
    };
}
