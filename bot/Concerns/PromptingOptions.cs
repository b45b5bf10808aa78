using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// The rhythm on which the bot asks each case channel's agency leads whether there is anything new to record
/// (section <c>Concerns:Prompting</c>): every so many working days, at a local time of day.
/// </summary>
public sealed class PromptingOptions
{
    public const string Section = "Concerns:Prompting";

    /// <summary>Working days between prompts: 5 is weekly, on the same weekday unless a bank holiday intervenes.</summary>
    [Range(1, 20)]
    public int EveryWorkingDays { get; set; } = 5;

    /// <summary>The local (Europe/London) time of day at which the prompt is posted.</summary>
    public TimeOnly At { get; set; } = new(9, 30);

    /// <summary>An agency not heard from across this many prompts is shown as silent on the next.</summary>
    [Range(1, 10)]
    public int SilentAfterPrompts { get; set; } = 2;
}
