using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>Early concerns and what follows them (review dates, pattern alerts), on a clock the test moves.</summary>
public abstract class EarlyConcernTest(AzuriteFixture azurite) : ConcernTest(azurite)
{
    /// <summary>Words from the sample concern that must never appear on a prompt, an alert or in a log.</summary>
    protected static readonly string[] Secrets = ["Amelia", "Steve", "grabbed me", "spilt the juice", "forearm", "Year 4 classroom", "Teaching assistant"];

    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    protected TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    protected WorkingDayCalendar Calendar => Bot.Services.GetRequiredService<WorkingDayCalendar>();

    /// <summary>Logs a complete early concern through the real card and returns its entry number.</summary>
    protected async Task<long> LogEarlyAsync(string channel, string caseRef, Person? by = null, params (string Name, object? Value)[] changes)
    {
        // The draft id a fresh concern card carries ('concern' is tested elsewhere; here it would clear the connector's record).
        var answer = await SubmitAsync(channel, Concern(caseRef, Guid.NewGuid().ToString("N"), changes), by);
        var text = AllText(answer["value"]);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"Entry (\d+) of the case chronology");
        Assert.True(match.Success, "the concern was not logged");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The pattern alerts posted so far, as their text.</summary>
    protected IReadOnlyList<string> Alerts => PostsTitled("Pattern of early concerns for").Select(p => AllText(p.Body)).ToArray();

    /// <summary>
    /// Waits (bounded) for a post titled <paramref name="title"/>: the bot's own sweeper runs on the same fake clock
    /// and may be the one that fires the timer, finishing just after the test's sweep returns.
    /// </summary>
    protected async Task<IReadOnlyList<ConnectorRequest>> WaitForPostsTitledAsync(string title, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (PostsTitled(title).Count < count && DateTime.UtcNow < deadline)
        {
            await Sweeper.SweepOnceAsync(default);
            await Task.Delay(20);
        }
        await Sweeper.SweepOnceAsync(default);
        return PostsTitled(title);
    }

    /// <summary>The proactive posts (new messages) whose card starts with <paramref name="title"/>.</summary>
    protected IReadOnlyList<ConnectorRequest> PostsTitled(string title) =>
        Posts().Where(p => p.Method == "POST" && AllText(p.Body).Contains(title, StringComparison.Ordinal)).ToArray();
}
