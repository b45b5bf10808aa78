using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>Data of <c>cards/concerns/monitoring-set.json</c>: a new monitoring period's form.</summary>
public sealed record MonitoringSetCard(
    string CaseRef, string Initials, string PeriodId, string Problem, string EndDate, string WhatMustChange, string Reviewer,
    IReadOnlyList<Choice> Reviewers, string Limit);

/// <summary>
/// Data of <c>cards/concerns/monitoring-review.json</c>: a period as it stands. <see cref="Due"/>: its end has come and
/// the reviewer must choose; <see cref="Decided"/>: closed or referred, with the outcome.
/// </summary>
public sealed record MonitoringReviewCard(
    string CaseRef, string Initials, string PeriodId, string Heading, string Problem, string Started, string Ends,
    string WhatMustChange, string Reviewer, string Extension, bool Due, bool Decided, string Outcome, bool CanExtend,
    IReadOnlyList<Choice> Decisions, string Limit)
{
    public const string Template = "concerns/monitoring-review";

    public static MonitoringReviewCard From(CaseFile file, MonitoringPeriod period, bool due, string problem, string limit)
    {
        var decided = !period.IsOpen;
        var heading = decided ? $"Monitoring period for {file.CaseRef} ({file.Initials}) closed"
            : due ? $"Monitoring period for {file.CaseRef} ({file.Initials}) has ended: decide now"
            : $"Monitoring period for {file.CaseRef} ({file.Initials}) is running";
        var decisions = period.Extensions == 0 ? Choices : Choices.Where(c => c.Value != "extend").ToArray();
        return new MonitoringReviewCard(file.CaseRef, file.Initials, period.Id, heading, problem, Day(period.Start), Day(period.End),
            period.WhatMustChange, period.Reviewer.Name,
            period.Extensions > 0 ? $"Extended once: {period.ExtensionReason}" : "",
            due && !decided, decided, period.Outcome, period.Extensions == 0, decisions, limit);
    }

    public static string Day(DateOnly day) => Common.DisplayTime.Day(day);

    private static readonly IReadOnlyList<Choice> Choices =
    [
        new("improved", "Things have improved: close the period"),
        new("extend", "Extend once (say why, and the new end date)"),
        new("refer", "Refer to children's social care now"),
    ];
}
