using CaseCoordinatorBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Scheduling;

public sealed class SchedulingRegistrationTests
{
    [Theory]
    [InlineData(5, 5, 5, 30, "ClaimDuration must be longer")]
    [InlineData(5, 2, 0, 30, "MaxAttempts")]
    [InlineData(5, 2, 5, 0, "SweepInterval")]
    public void Settings_that_could_fire_a_timer_twice_or_never_are_refused(int claimMinutes, int timeoutMinutes,
        int maxAttempts, int sweepSeconds, string fault)
    {
        var options = new SchedulingOptions
        {
            ClaimDuration = TimeSpan.FromMinutes(claimMinutes),
            HandlerTimeout = TimeSpan.FromMinutes(timeoutMinutes),
            MaxAttempts = maxAttempts,
            SweepInterval = TimeSpan.FromSeconds(sweepSeconds),
        };
        var result = new SchedulingOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains(fault, result.FailureMessage);
    }

    [Fact]
    public void Default_settings_are_accepted() =>
        Assert.True(new SchedulingOptionsValidator().Validate(null, new SchedulingOptions()).Succeeded);

    [Fact]
    public void Two_handlers_for_one_kind_are_refused()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new TimerEffects());
        services.AddTimerHandler<RecordingHandler>();
        services.AddTimerHandler<SecondRecordingHandler>();
        services.AddSingleton<TimerHandlers>();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<TimerHandlers>());
        Assert.Contains(RecordingHandler.Kind, error.Message);
    }

    private sealed class SecondRecordingHandler : ITimerHandler
    {
        public static string Kind => RecordingHandler.Kind;

        public Task HandleAsync(TimerFired timer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
