using System.Text.RegularExpressions;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// Who may do what. The owner of a stage is anyone in the case holding one of the stage's owner roles; when nobody
/// in the case holds one, anyone granted a role for the stage's owner agency answers for it (the service manager or
/// head of service is seldom in the case channel). The raiser's side is the person who raised it or a case lead.
/// </summary>
public static partial class EscalationRules
{
    public const int MaxTextLength = 2000;

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static bool MayAnswer(CaseFile file, EscalationStage stage, string userKey)
    {
        var mine = file.Members.Where(m => m.UserKey == userKey).ToArray();
        if (file.Members.Any(m => stage.OwnerRoles.Contains(m.Role)))
            return mine.Any(m => stage.OwnerRoles.Contains(m.Role));
        return mine.Any(m => m.Agency == stage.OwnerAgency);
    }

    public static bool MayDecideAsRaiser(CaseFile file, Escalation escalation, string userKey) =>
        escalation.Raiser.UserKey == userKey || file.IsLead(userKey);

    public static string Clean(string? text) => (text ?? "").Trim();

    /// <summary>A problem with a required text, or null.</summary>
    public static string? TextProblem(string text, string what) =>
        text.Length == 0 ? $"Write {what}: it is required."
        : text.Length > MaxTextLength ? $"{char.ToUpperInvariant(what[0])}{what[1..]} can be up to {MaxTextLength} characters."
        : null;

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex IdPattern();
}
