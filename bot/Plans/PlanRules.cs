using System.Globalization;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Plans;

/// <summary>What may go into the plan, and who may change it. Every check names what is wrong, so the card can say so.</summary>
public static class PlanRules
{
    public const int MaxText = 500;

    private static readonly CaseRole[] MayAdd = [CaseRole.Lead, CaseRole.ConferenceChair, CaseRole.SocialWorker, CaseRole.TeamManager];

    public static bool MayAddActions(CaseFile file, string userKey) => file.Members.Any(m => m.UserKey == userKey && MayAdd.Contains(m.Role));

    /// <summary>The action's owner may update it; so may a case lead, who answers for the plan being kept.</summary>
    public static bool MayUpdate(CaseFile file, PlanAction action, string userKey) =>
        string.Equals(action.OwnerKey, userKey, StringComparison.OrdinalIgnoreCase) || file.IsLead(userKey);

    public static string Clean(string? text) => (text ?? "").Trim();

    /// <summary>The problem with a new action's inputs, or null; on success the owner and due day are given back.</summary>
    public static string? AddProblem(CaseFile file, AddPlanActionData data, DateOnly today, int maxWeeksAhead, out CaseMember? owner, out DateOnly due)
    {
        owner = null;
        due = default;
        var what = Clean(data.What);
        var outcome = Clean(data.Outcome);
        if (what.Length == 0) return "Say what will be done: the action itself, in plain words.";
        if (what.Length > MaxText) return $"The action is {what.Length} characters; keep it under {MaxText}.";
        if (outcome.Length == 0) return "Say which outcome for the child this action serves.";
        if (outcome.Length > MaxText) return $"The outcome is {outcome.Length} characters; keep it under {MaxText}.";
        owner = file.Members.FirstOrDefault(m => string.Equals(m.UserKey, Clean(data.Owner), StringComparison.OrdinalIgnoreCase));
        if (owner is null) return "Choose who owns the action from the people with a role in this case.";
        if (!DateOnly.TryParseExact(Clean(data.Due), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
            return "Choose the date the action is due by.";
        if (due <= today) return "The due date must be after today.";
        if (due > today.AddDays(7 * maxWeeksAhead)) return $"The due date must be within {maxWeeksAhead} weeks: review it at the next conference instead.";
        return null;
    }

    /// <summary>The problem with a status change, or null.</summary>
    public static string? UpdateProblem(UpdatePlanActionData data, out PlanActionStatus status)
    {
        status = default;
        if (!Enum.TryParse(Clean(data.Status), ignoreCase: false, out status) || !Enum.IsDefined(status)) return "Choose the action's status.";
        var note = Clean(data.Note);
        if (status == PlanActionStatus.Blocked && note.Length == 0) return "Say what blocks the action, so that others can help unblock it.";
        if (note.Length > MaxText) return $"The note is {note.Length} characters; keep it under {MaxText}.";
        return null;
    }

    public static int? ParseNumber(string? number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
