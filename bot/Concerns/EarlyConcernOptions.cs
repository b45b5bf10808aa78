using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Concerns;

/// <summary>When an early (sub-threshold) concern is reviewed (section <c>Concerns:Review</c>).</summary>
public sealed class EarlyConcernOptions
{
    public const string Section = "Concerns:Review";

    /// <summary>Working days after an early concern is logged by which it is reviewed; the prompt comes then.</summary>
    [Range(1, 60)]
    public int ReviewAfterWorkingDays { get; set; } = 10;
}
