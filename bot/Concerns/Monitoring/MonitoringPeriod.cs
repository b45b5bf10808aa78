namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>
/// A period of closer watching agreed for a case: it always has an end date (an open-ended "keep an eye on it" is how
/// drift begins), says what must change, and names who reviews it. At the end the reviewer must choose: improved and
/// close, extend once with a reason, or refer. Stored at <c>cases/&lt;ref&gt;/monitoring.json</c> (the current period).
/// </summary>
public sealed record MonitoringPeriod(
    string Id,
    DateOnly Start,
    DateOnly End,
    string WhatMustChange,
    MonitoringPerson Reviewer,
    MonitoringPerson SetBy,
    DateTimeOffset SetAt,
    int Extensions,
    string ExtensionReason,
    MonitoringStatus Status,
    string Outcome,
    MonitoringPerson? DecidedBy,
    DateTimeOffset? DecidedAt)
{
    public bool IsOpen => Status == MonitoringStatus.Open;

    /// <summary>Running on <paramref name="today"/>: open, started, and not past its end.</summary>
    public bool RunsOn(DateOnly today) => IsOpen && Start <= today && today <= End;
}

public sealed record MonitoringPerson(string UserKey, string Name);

public enum MonitoringStatus { Open, Closed, Referred }
