using System.Text.Json.Nodes;
using CaseCoordinatorBot.Exports;
using CaseCoordinatorBot.IntegrationTests.Concerns;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Exports;

public sealed class ExportExpiryTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.PostConfigure<ExportOptions>(o => o.AllowHttpUploads = true);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    }

    [Fact]
    public async Task An_offer_accepted_after_it_expired_uploads_nothing_and_is_audited()
    {
        var channel = TestPeople.Channel("export-expiry");
        await LinkCaseAsync(channel, "CR-7101");
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "export"))) { }
        var card = Posts().SelectMany(p => (p.Body?["attachments"]?.AsArray() ?? []).OfType<JsonObject>())
            .First(a => (string?)a["contentType"] == FileCards.ConsentContentType);
        var name = (string)card["name"]!;

        clock.Advance(new ExportOptions().RequestLifetime + TimeSpan.FromMinutes(1));
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.FileConsent(TestPeople.Dsl, "accept", card["content"]!["acceptContext"]!, name, Connector.UploadUrl(name)))) { }

        Assert.Null(Connector.UploadedFile(name));
        Assert.Contains("expired", (string)Assert.Single(Posts()).Body!["text"]!);
        Assert.Contains(await Audit.ReadAsync("CR-7101", default), a => a.Event == StartExport.Action && a.Outcome == "refused:expired");
    }

    [Fact]
    public async Task An_upload_url_that_is_not_https_is_refused_unless_configured()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new ExportOptions());
        var uploader = new FileUploader(new NoClients(), options);

        var outcome = await uploader.UploadAsync("http://203.0.113.9/upload", [1, 2, 3], default);

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.StatusCode);
    }

    private sealed class NoClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No request may be made.");
    }
}
