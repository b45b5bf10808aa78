namespace CaseCoordinatorBot.Escalations;

/// <summary>The weekly stalled-work digest to each agency desk (configuration section <c>Escalations:StalledWorkDigest</c>).</summary>
public sealed class StalledWorkDigestOptions
{
    public const string Section = "Escalations:StalledWorkDigest";

    /// <summary>The weekday it goes out; when that day is a bank holiday, the next working day.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>The local (Europe/London) time of day it goes out.</summary>
    public TimeOnly At { get; set; } = new(8, 30);

    internal static string? Problem(StalledWorkDigestOptions o) =>
        o.Day is DayOfWeek.Saturday or DayOfWeek.Sunday || !Enum.IsDefined(o.Day)
            ? "Escalations:StalledWorkDigest:Day must be a weekday, Monday to Friday."
            : null;
}
