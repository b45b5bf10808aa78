using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Hosting;

public static class TestClockExtensions
{
    /// <summary>Longest single move: enough for a review conference six months on, bounded against a typo.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(400);

    /// <summary>
    /// With <c>Testing:ClockControl</c> the bot's <see cref="TimeProvider"/> becomes a <see cref="ShiftedTimeProvider"/>.
    /// Call before the other <c>Add*</c> methods, whose own clock registration then gives way to this one.
    /// </summary>
    public static IHostApplicationBuilder AddTestClock(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TestClockOptions>().BindConfiguration(TestClockOptions.Section);
        if (!builder.Configuration.GetValue<bool>($"{TestClockOptions.Section}:{nameof(TestClockOptions.ClockControl)}")) return builder;
        builder.Services.AddSingleton<ShiftedTimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ShiftedTimeProvider>());
        builder.Services.AddHostedService<TestClockStartupCheck>();
        return builder;
    }

    /// <summary><c>POST /_test/clock/advance?days=&amp;hours=&amp;minutes=</c>, then one timer sweep; only when the control is on.</summary>
    public static IEndpointRouteBuilder MapTestClock(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<ShiftedTimeProvider>() is null) return app;
        app.MapPost("/_test/clock/advance", async (HttpContext context, ShiftedTimeProvider clock, BotAuthMode mode, TimerSweeper sweeper,
            int? days, int? hours, int? minutes, CancellationToken cancellationToken) =>
        {
            // Belt and braces: start-up already refused this outside anonymous local mode.
            if (!mode.IsAnonymousLocal || context.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote))
                return Results.NotFound();
            var by = TimeSpan.FromDays(days ?? 0) + TimeSpan.FromHours(hours ?? 0) + TimeSpan.FromMinutes(minutes ?? 0);
            if (by <= TimeSpan.Zero || by > MaxAdvance)
                return Results.BadRequest(new { error = $"Move the clock forward by more than nothing and at most {MaxAdvance.TotalDays} days." });
            var now = clock.Advance(by);
            var swept = await sweeper.SweepOnceAsync(cancellationToken);
            return Results.Json(new { now, offset = clock.Offset.ToString(), fired = swept.Fired });
        });
        return app;
    }
}

/// <summary>Refuses to start with the clock control outside anonymous local mode, and says loudly that it is on.</summary>
internal sealed class TestClockStartupCheck(BotAuthMode mode, ILogger<TestClockStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!mode.IsAnonymousLocal)
            throw new InvalidOperationException(
                "Testing:ClockControl moves the bot's clock for end-to-end tests and is allowed only in anonymous local mode " +
                "(no Bot:MicrosoftAppId, listening on loopback only). Remove it from this configuration.");
        Log.TestClockOn(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
