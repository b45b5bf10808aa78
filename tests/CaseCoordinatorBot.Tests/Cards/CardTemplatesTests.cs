using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Cards;

public sealed class CardTemplatesTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("cards-tests-");

    // Shaped like a feature's card record: PascalCase here, camelCase on the wire through BotJson.Options.
    private sealed record CaseLinkedCard(string CaseRef, string Initials, string AgencyTitle, string LinkedBy, string LinkedAt);

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Loads_every_template_in_the_cards_folder_by_name_and_no_samples()
    {
        var templates = new CardTemplates(RepositoryFolder.Cards);

        Assert.Equal(CardTemplateFilesFixture.Names().Order(), templates.Names.Order());
        Assert.Contains("channels/setup", templates.Names);
        Assert.DoesNotContain(templates.Names, n => n.EndsWith(".sample", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_serialises_the_data_as_the_wire_does_and_returns_an_adaptive_card_attachment()
    {
        var templates = new CardTemplates(RepositoryFolder.Cards);

        var attachment = templates.Render("channels/case-linked",
            new CaseLinkedCard("CR-1042", "A.B.", "Riverside Primary School", "Priya Shah", "14 March 2025 at 09:30"));

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var card = Assert.IsType<JsonObject>(attachment.Content);
        Assert.Equal("Case channel CR-1042 (A.B.)", (string?)card["body"]![0]!["text"]);
        Assert.Contains("Linked by Priya Shah (Riverside Primary School) on 14 March 2025 at 09:30", (string?)card["body"]![1]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_card_binds_lists_and_conditions_from_the_data()
    {
        var card = new CardTemplates(RepositoryFolder.Cards).RenderCard("cases/roles", new
        {
            CaseRef = "CR-7",
            Initials = "C.D.",
            Problem = "",
            Members = new[] { new { Value = "29:x", Title = "Sam Reid" } },
            Roles = new[] { new { Value = "viewer", Title = "Can view the chronology" } },
            OtherAgencies = new[] { new { Value = "Health", Title = "Health" } },
            Grants = Array.Empty<object>(),
        });

        var texts = card["body"]!.AsArray().Select(e => (string?)e?["text"]).ToList();
        Assert.Contains("No roles granted yet.", texts);
        Assert.DoesNotContain(card["body"]!.AsArray(), e => (string?)e?["type"] == "FactSet");
        var grant = card["body"]!.AsArray().Single(e => (string?)e?["type"] == "Container")!["items"]!
            .AsArray().Single(e => (string?)e?["type"] == "ActionSet")!["actions"]![0]!;
        Assert.Equal("case.grantRole", (string?)grant["verb"]);
        Assert.Equal("CR-7", (string?)grant["data"]!["caseRef"]);
    }

    [Fact]
    public void An_unknown_template_name_is_refused() =>
        Assert.Throws<KeyNotFoundException>(() => new CardTemplates(RepositoryFolder.Cards).RenderCard("nope/missing", new { }));

    [Fact]
    public void A_template_with_a_bad_binding_stops_loading_naming_the_file_and_the_json_path()
    {
        WriteTemplate("broken/bad.json", """{ "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "${a b}" } ] }""");

        var error = Assert.Throws<CardTemplateException>(() => new CardTemplates(_temp.FullName));

        Assert.Contains(Path.Combine("broken", "bad.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains("$.body[0].text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_is_not_json_stops_loading_naming_the_file()
    {
        WriteTemplate("bad.json", """{ "type": "AdaptiveCard", """);

        var error = Assert.Throws<CardTemplateException>(() => new CardTemplates(_temp.FullName));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_starts_with_the_templates_the_build_copies_beside_the_binaries()
    {
        using var host = BuildHost(directory: null);
        await host.StartAsync();

        var templates = host.Services.GetRequiredService<CardTemplates>();
        Assert.Equal(CardTemplateFilesFixture.Names().Order(), templates.Names.Order());
        await host.StopAsync();
    }

    [Fact]
    public async Task The_host_does_not_start_without_the_cards_folder()
    {
        var missing = Path.Combine(_temp.FullName, "missing");
        using var host = BuildHost(missing);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_folder_holding_only_samples()
    {
        WriteTemplate("common/notice.sample.json", "{}");
        using var host = BuildHost(_temp.FullName);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("no card templates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_broken_template()
    {
        WriteTemplate("common/notice.json", """{ "type": "AdaptiveCard", "body": [ { "text": "${count(1)}" } ] }""");
        using var host = BuildHost(_temp.FullName);

        var error = await Assert.ThrowsAsync<CardTemplateException>(() => host.StartAsync());

        Assert.Contains(Path.Combine("common", "notice.json"), error.Message, StringComparison.Ordinal);
    }

    private void WriteTemplate(string relativePath, string json)
    {
        var path = Path.Combine(_temp.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    private static IHost BuildHost(string? directory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (directory is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("Cards:Directory", directory)]);
        }

        builder.AddCards();
        return builder.Build();
    }
}
