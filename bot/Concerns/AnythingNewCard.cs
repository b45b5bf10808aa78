using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// Data of <c>cards/concerns/anything-new.json</c>: the periodic "anything new to record?" prompt to each agency's
/// lead, with the agencies not heard from lately.
/// </summary>
public sealed record AnythingNewCard(string CaseRef, string Initials, string Round, string Question, string Leads, string Silent)
{
    public static AnythingNewCard From(CaseFile file, int round, DateTimeOffset? since, IReadOnlyList<Agency> silent)
    {
        var leads = file.Members.Where(m => m.Role == CaseRole.Lead)
            .Select(m => $"{m.Name} ({CaseVocabulary.Title(m.Agency)})").ToArray();
        return new(file.CaseRef, file.Initials, round.ToString(CultureInfo.InvariantCulture),
            "Is there anything new to record about the child" + (since is { } s ? $" since {DisplayTime.Format(s)}" : "") +
            "? Log even small worries: a pattern of them is how neglect shows. If there is nothing, say so: that is recorded too.",
            leads.Length > 0 ? "Asking each agency's lead: " + string.Join(", ", leads) + "." : "",
            silent.Count > 0 ? "Not heard from across the last prompts: " + string.Join(", ", silent.Select(CaseVocabulary.Title)) + "." : "");
    }
}
