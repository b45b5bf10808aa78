using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>A view whose redraw fails as storage does when it times out after its retries (an AggregateException).</summary>
public sealed class CaseViewFailureTests(AzuriteFixture azurite) : MyWorkTest(azurite)
{
    private int failures;

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.AddScoped<ICaseView>(_ => new FailingView(() => Interlocked.Increment(ref failures)));
    }

    private sealed class FailingView(Action failed) : ICaseView
    {
        public string Name => "failing";

        public Task RefreshAsync(CaseFile file, CancellationToken cancellationToken)
        {
            failed();
            throw new AggregateException("Retry failed after 4 tries.", new TaskCanceledException("timed out"));
        }
    }

    [Fact]
    public async Task A_failing_view_neither_stops_the_bot_nor_the_redraws_of_the_other_views()
    {
        var referral = await ReferWithCscWorkerAsync("CR-8501");
        await MyWorkWhenAsync(TestPeople.SocialWorker, c => c.Contains("CR-8501 (A.B.)"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref failures) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(Volatile.Read(ref failures) > 0);

        // After the failure the loop still redraws: the decision takes the item off the list.
        var decided = await Bot.InvokeAsync(Teams.PersonalExecute(TestPeople.SocialWorker, "referral.decide", new
        {
            caseRef = "CR-8501", referralId = referral.Id, revision = referral.Revision.ToString(CultureInfo.InvariantCulture),
            outcome = "EarlyHelp", reason = Reason, advice = Advice,
        }));
        Assert.DoesNotContain("error", (string)decided["type"]!);
        Assert.DoesNotContain("CR-8501 (A.B.)", (await MyWorkWhenAsync(TestPeople.SocialWorker, c => !c.Contains("CR-8501 (A.B.)"))).ToJsonString());
        Assert.DoesNotContain(Bot.Logs.Records, r => r.Message.Contains("BackgroundService failed", StringComparison.Ordinal));
    }
}
