using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Concerns.Monitoring;

/// <summary>Section <c>Concerns:Monitoring</c>: how long a monitoring period, or its one extension, may run.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Concerns:Monitoring";

    /// <summary>Longest period, and longest extension, in weeks.</summary>
    [Range(1, 26)]
    public int MaxWeeks { get; set; } = 12;

    /// <summary>Local (Europe/London) time on the end date at which the reviewer is asked to decide.</summary>
    public TimeOnly ReviewAt { get; set; } = new(9, 0);
}
