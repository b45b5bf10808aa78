using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// When early concerns together may meet the threshold (section <c>Concerns:PatternAlert</c>): so many in so
/// many days, or early concerns from so many different agencies in a shorter window. Local configuration.
/// </summary>
public sealed class PatternAlertOptions
{
    public const string Section = "Concerns:PatternAlert";

    /// <summary>How many early concerns within <see cref="CountWindowDays"/> make a pattern.</summary>
    [Range(2, 50)]
    public int Count { get; set; } = 3;

    [Range(1, 365)]
    public int CountWindowDays { get; set; } = 30;

    /// <summary>How many different agencies raising early concerns within <see cref="AgencyWindowDays"/> make a pattern.</summary>
    [Range(2, 6)]
    public int Agencies { get; set; } = 2;

    [Range(1, 365)]
    public int AgencyWindowDays { get; set; } = 14;
}
