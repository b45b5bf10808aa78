using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CaseCoordinatorBot.IntegrationTests.Hosting;

/// <summary>What OpenTelemetry would export to Azure Monitor, captured in memory.</summary>
public sealed class TelemetryTests(AzuriteFixture azurite) : BotTest(azurite)
{
    private readonly List<System.Diagnostics.Activity> exported = [];

    protected override void ConfigureBotServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported));

    [Fact]
    public async Task Exported_traces_carry_no_names_message_text_or_raw_conversation_ids()
    {
        var bot = Bot;
        var channel = TestPeople.Channel("telemetry");
        Connector.SetRoster(channel, TestPeople.Everyone.Select(p => p.Member()));
        await bot.InvokeAsync(bot.Activities.Execute(channel, TestPeople.Dsl, "channel.linkCase", new { caseRef = "CR-9101", initials = "JS", agency = "School" }));
        using (await bot.SendAsync(bot.Activities.ChannelMessage(channel, TestPeople.Nurse, "roles Jamie Smith was frightened"))) { }

        var spans = await PollAsync(() => exported.Where(a => a.Kind == System.Diagnostics.ActivityKind.Client).ToArray(), 3);
        // The fake connector and issuer run in this process too; their own server spans are not the bot's.
        var botSpans = exported.Where(a => a.Kind != System.Diagnostics.ActivityKind.Server
            || (a.GetTagItem("url.path") as string) == "/api/messages").ToArray();
        var allTags = string.Join('\n', botSpans.SelectMany(a => a.TagObjects.Select(t => $"{a.DisplayName} {t.Key}={t.Value}")));

        Assert.Contains(spans, s => (s.GetTagItem("url.full") as string)?.Contains("/v3/conversations/{id}/activities") == true);
        foreach (var secret in TestPeople.Everyone.Select(p => p.Name).Concat(["Jamie Smith", "frightened", channel, Uri.EscapeDataString(channel)]))
            Assert.DoesNotContain(secret, allTags);
    }

    private static async Task<T[]> PollAsync<T>(Func<T[]> read, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        T[] items;
        while ((items = read()).Length < atLeast && DateTime.UtcNow < deadline) await Task.Delay(20);
        return items;
    }
}
