using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Conferences;

/// <summary>A reason the meeting may fail: <paramref name="Code"/> is stable (the chair is warned once per code).</summary>
public sealed record MeetingRisk(string Code, string Text);

/// <summary>
/// Reads the replies by agency: an agency is coming when one of its invitees accepted (tentatively or not), out
/// when all of them declined, and unconfirmed otherwise. Reviews found that meetings fail when CSC or education
/// does not come, and that a conference without CSC and two other agencies is no conference. The conference chair
/// is independent of the case holders, so the chair's reply never counts as their agency's.
/// </summary>
public static class MeetingRisks
{
    public enum AgencyReply { Coming, Unconfirmed, Declined }

    public static IReadOnlyDictionary<Agency, AgencyReply> ByAgency(IReadOnlyList<ConferenceInvitee> invitees, IReadOnlyList<InviteeReply> replies)
    {
        MeetingResponse ReplyOf(ConferenceInvitee i) =>
            replies.FirstOrDefault(r => i.Address.Length > 0 && string.Equals(r.Address, i.Address, StringComparison.OrdinalIgnoreCase))?.Response
            ?? MeetingResponse.None;
        return invitees.Where(i => i.Role != CaseRole.ConferenceChair).GroupBy(i => i.Agency).ToDictionary(g => g.Key, g =>
        {
            var answers = g.Select(ReplyOf).ToArray();
            if (answers.Any(a => a is MeetingResponse.Accepted or MeetingResponse.TentativelyAccepted or MeetingResponse.Organizer))
                return AgencyReply.Coming;
            return answers.All(a => a == MeetingResponse.Declined) ? AgencyReply.Declined : AgencyReply.Unconfirmed;
        });
    }

    public static IReadOnlyList<MeetingRisk> Assess(MeetingRule rule, IReadOnlyList<Agency> required, IReadOnlyList<ConferenceInvitee> invitees,
        IReadOnlyList<InviteeReply> replies, bool withinWarningWindow)
    {
        var byAgency = ByAgency(invitees, replies);
        var risks = new List<MeetingRisk>();
        AgencyReply? Of(Agency a) => byAgency.TryGetValue(a, out var r) ? r : null;

        if (required.Contains(Agency.Csc) && Of(Agency.Csc) == AgencyReply.Declined)
            risks.Add(new("csc-declined", "Children's social care has declined the meeting."));
        var chairs = invitees.Where(i => i.Role == CaseRole.ConferenceChair && i.Address.Length > 0).ToArray();
        if (chairs.Length > 0 && chairs.All(c => replies.Any(r => r.Response == MeetingResponse.Declined
                && string.Equals(r.Address, c.Address, StringComparison.OrdinalIgnoreCase))))
            risks.Add(new("chair-declined", "The conference chair has declined: the meeting needs a chair."));
        if (required.Contains(Agency.School) && Of(Agency.School) == AgencyReply.Declined)
            risks.Add(new("education-declined", "The school or nursery has declined: education must be at this meeting."));
        foreach (var agency in required.Where(a => Of(a) is null))
            risks.Add(new($"missing:{agency}", $"Nobody from {CaseVocabulary.Title(agency).ToLowerInvariant()} is in this case, so nobody from it is invited."));
        if (rule.HasQuorumRule)
        {
            var others = byAgency.Count(kv => kv.Key != Agency.Csc && kv.Value != AgencyReply.Declined);
            if (Of(Agency.Csc) is null or AgencyReply.Declined || others < rule.QuorumOtherAgencies)
                risks.Add(new("quorum", $"Quorum is at risk: it needs children's social care and at least {rule.QuorumOtherAgencies} other agencies, " +
                    $"and {others} other {(others == 1 ? "agency" : "agencies")} can still come."));
        }
        if (withinWarningWindow)
        {
            foreach (var agency in required.Where(a => Of(a) == AgencyReply.Unconfirmed))
                risks.Add(new($"unconfirmed:{agency}", $"{CaseVocabulary.Title(agency)} has not accepted yet."));
        }
        return risks;
    }
}
