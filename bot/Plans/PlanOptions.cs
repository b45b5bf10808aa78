using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Plans;

/// <summary>The child's plan (section <c>Plans</c>).</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>Working days after an overdue action's first nudge before its owner is reminded once more.</summary>
    [Range(1, 20)]
    public int ReminderAfterWorkingDays { get; set; } = 2;

    /// <summary>The most actions a plan holds: the card must stay well under Teams' size limit.</summary>
    [Range(1, 60)]
    public int MaxActions { get; set; } = 30;

    /// <summary>How far ahead an action's due date may be set, in weeks (a review conference comes within six months).</summary>
    [Range(1, 104)]
    public int MaxWeeksAhead { get; set; } = 52;
}
