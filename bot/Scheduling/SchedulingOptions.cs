namespace CaseCoordinatorBot.Scheduling;

/// <summary>The timer sweeper (configuration section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often each instance sweeps for due timers: a timer fires at most this late.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claim keeps other instances off a timer. A claim whose holder died is taken over once it
    /// expires, so this is how late a timer fires after its instance died mid-way; it must outlast
    /// <see cref="HandlerTimeout"/> so that a live handler is never fired twice in parallel.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A handler still running after this is cancelled and counted as failed.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries (claims) before a timer is parked as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second attempt; it doubles each time, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Timers one instance fires in parallel.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Names this instance in claims (diagnostics only: correctness rests on ETags, not on the name).</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    internal static string? Problem(SchedulingOptions o) =>
        o.SweepInterval <= TimeSpan.Zero ? "Scheduling:SweepInterval must be positive."
        : o.HandlerTimeout <= TimeSpan.Zero ? "Scheduling:HandlerTimeout must be positive."
        : o.ClaimDuration <= o.HandlerTimeout ? "Scheduling:ClaimDuration must be longer than Scheduling:HandlerTimeout."
        : o.MaxAttempts < 1 ? "Scheduling:MaxAttempts must be at least 1."
        : o.FirstRetryDelay < TimeSpan.Zero || o.MaxRetryDelay < o.FirstRetryDelay
            ? "Scheduling:FirstRetryDelay must be at least zero and no more than Scheduling:MaxRetryDelay."
        : o.MaxConcurrency < 1 ? "Scheduling:MaxConcurrency must be at least 1."
        : string.IsNullOrWhiteSpace(o.InstanceId) ? "Scheduling:InstanceId is empty."
        : null;
}
