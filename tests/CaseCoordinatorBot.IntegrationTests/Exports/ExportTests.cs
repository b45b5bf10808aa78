using System.Text;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Exports;
using CaseCoordinatorBot.IntegrationTests.Concerns;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Exports;

public sealed class ExportTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private const string Nursing = "Came in without a coat in the rain, third day running.";

    // The fake connector's upload URL is loopback http; Teams gives https.
    protected override void ConfigureBotServices(IServiceCollection services) =>
        services.PostConfigure<ExportOptions>(o => o.AllowHttpUploads = true);

    [Fact]
    public async Task Export_offers_both_files_in_the_personal_chat_and_the_channel_gets_only_the_notice()
    {
        var channel = TestPeople.Channel("export-offer");
        await CaseWithTwoConcernsAsync(channel, "CR-7001");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "export"))) { }

        var create = Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.Equal(TestPeople.Dsl.Id, (string)create.Body!["members"]![0]!["id"]!);
        Assert.Equal(TestPeople.HostTenant, (string)create.Body!["tenantId"]!);
        var inChannel = Posts().Where(p => p.Path.Contains(channel, StringComparison.Ordinal)).ToArray();
        Assert.Equal(StartExport.Sent, (string)Assert.Single(inChannel).Body!["text"]!);
        Assert.Null(inChannel[0].Body!["attachments"]);
        var offers = Consents();
        Assert.Equal(2, offers.Length);
        Assert.All(offers, o => Assert.StartsWith("/v3/conversations/a:", o.Request.Path, StringComparison.Ordinal));
        Assert.Equal(["csv", "json"], offers.Select(o => (string)o.Card["content"]!["acceptContext"]!["format"]!));
        Assert.All(offers, o => Assert.True((long)o.Card["content"]!["sizeInBytes"]! > 0));
        Assert.DoesNotContain(Seen, string.Join("\n", Posts().Select(p => AllText(p.Body))));
    }

    [Fact]
    public async Task Accepting_uploads_a_csv_and_a_json_holding_every_entry_and_shows_the_file()
    {
        var channel = TestPeople.Channel("export-accept");
        await CaseWithTwoConcernsAsync(channel, "CR-7002");
        var offers = await ExportAsync(channel);

        foreach (var (request, card) in offers)
        {
            var name = (string)card["name"]!;
            using var response = await Bot.SendAsync(Teams.FileConsent(TestPeople.Dsl, "accept", card["content"]!["acceptContext"]!, name, Connector.UploadUrl(name)));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var csvName = (string)offers[0].Card["name"]!;
        var csv = Connector.UploadedFile(csvName)!;
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        Assert.Equal(ExportFiles.CsvHeader, rows[0]);
        Assert.Equal(ExportFiles.ChainCheckKind, rows[1][1]);
        Assert.StartsWith("Intact: all 2 entries", rows[1][10], StringComparison.Ordinal);
        Assert.Equal(["1", "2"], rows.Skip(2).Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(ExportFiles.CsvHeader.Count, r.Count));
        Assert.Contains(Seen, rows[2][10]);
        Assert.Contains(ChildsWords, rows[2][10]);
        Assert.Contains(Nursing, rows[3][10]);

        var json = JsonNode.Parse(Connector.UploadedFile((string)offers[1].Card["name"]!)!)!;
        Assert.True((bool)json["chain"]!["intact"]!);
        var entries = json["entries"]!.AsArray();
        Assert.Equal([1L, 2L], entries.Select(e => (long)e!["sequence"]!));
        Assert.Equal((await Chronology.ReadAsync("CR-7002", 1, default))!.Hash, (string)entries[0]!["hash"]!);

        Assert.All(Connector.Requests.Where(r => r.Path.StartsWith("/uploads/", StringComparison.Ordinal)), r => Assert.Null(r.Authorization));
        var infos = Posts().Where(p => AllText(p.Body).Contains(FileCards.InfoContentType)).ToArray();
        Assert.Equal(2, infos.Length);
        Assert.All(infos, i => Assert.StartsWith("/v3/conversations/a:personal-", i.Path, StringComparison.Ordinal));
        var audit = await Audit.ReadAsync("CR-7002", default);
        Assert.Contains(audit, a => a.Event == StartExport.Action && a.Outcome.StartsWith("uploaded:", StringComparison.Ordinal) && a.Outcome.EndsWith(":csv:2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declining_uploads_nothing_and_says_so()
    {
        var channel = TestPeople.Channel("export-decline");
        await CaseWithTwoConcernsAsync(channel, "CR-7003");
        var (_, card) = (await ExportAsync(channel))[0];
        var name = (string)card["name"]!;
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.FileConsent(TestPeople.Dsl, "decline", card["content"]!["declineContext"]!, name, Connector.UploadUrl(name)))) { }

        Assert.Null(Connector.UploadedFile(name));
        Assert.Contains("You declined the CSV file, so nothing was uploaded.", (string)Assert.Single(Posts()).Body!["text"]!);
    }

    [Fact]
    public async Task Another_person_accepting_the_export_is_refused_and_audited()
    {
        var channel = TestPeople.Channel("export-other");
        await CaseWithTwoConcernsAsync(channel, "CR-7004");
        var (_, card) = (await ExportAsync(channel))[0];
        var name = (string)card["name"]!;
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.FileConsent(TestPeople.Nurse, "accept", card["content"]!["acceptContext"]!, name, Connector.UploadUrl(name)))) { }

        Assert.Null(Connector.UploadedFile(name));
        Assert.DoesNotContain(Connector.Requests, r => r.Path.StartsWith("/uploads/", StringComparison.Ordinal));
        Assert.Contains("prepared for someone else", (string)Assert.Single(Posts()).Body!["text"]!);
        var audit = await Audit.ReadAsync("CR-7004", default);
        Assert.Contains(audit, a => a.Event == StartExport.Action && a.Outcome == "refused:other-user"
            && a.Actor == $"{TestPeople.HostTenant}/{TestPeople.Nurse.AadObjectId}");
    }

    [Fact]
    public async Task An_outsider_asking_for_an_export_is_refused_and_audited_and_nothing_is_offered()
    {
        var channel = TestPeople.Channel("export-outsider");
        await CaseWithTwoConcernsAsync(channel, "CR-7005");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Outsider, "export"))) { }

        Assert.DoesNotContain(Connector.Requests, r => r.Path == "/v3/conversations");
        Assert.Contains("not a member of this case", (string)Assert.Single(Posts()).Body!["text"]!);
        var audit = await Audit.ReadAsync("CR-7005", default);
        Assert.Contains(audit, a => a.Event == StartExport.Action && a.Outcome == "refused:not-a-member");
    }

    [Fact]
    public async Task A_broken_chain_is_stated_in_both_files()
    {
        var channel = TestPeople.Channel("export-broken");
        await CaseWithTwoConcernsAsync(channel, "CR-7006");
        var key = ChronologyStore.EntryKey("CR-7006", 1);
        var stored = (await Bot.Documents.ReadAsync<ChronologyEntry>(key, default))!;
        await Bot.Documents.ReplaceAsync(key, stored.Value with { Body = ((ConcernBody)stored.Value.Body) with { Seen = "Changed afterwards." } }, stored.ETag, default);
        var offers = await ExportAsync(channel);

        foreach (var (_, card) in offers)
        {
            var name = (string)card["name"]!;
            using (await Bot.SendAsync(Teams.FileConsent(TestPeople.Dsl, "accept", card["content"]!["acceptContext"]!, name, Connector.UploadUrl(name)))) { }
        }

        Assert.Contains("broken at entry 1", (string)offers[0].Card["content"]!["description"]!);
        var rows = ParseCsv(Encoding.UTF8.GetString(Connector.UploadedFile((string)offers[0].Card["name"]!)!).TrimStart('\uFEFF'));
        Assert.StartsWith("WARNING: the chronology is broken at entry 1", rows[1][10], StringComparison.Ordinal);
        var json = JsonNode.Parse(Connector.UploadedFile((string)offers[1].Card["name"]!)!)!;
        Assert.Equal((false, 1L), ((bool)json["chain"]!["intact"]!, (long)json["chain"]!["brokenAt"]!));
    }

    private async Task CaseWithTwoConcernsAsync(string channel, string caseRef)
    {
        await LinkCaseAsync(channel, caseRef);
        await SubmitAsync(channel, Concern(caseRef, await StartConcernAsync(channel)));
        await SubmitAsync(channel, Concern(caseRef, await StartConcernAsync(channel), ("seen", Nursing), ("childsWords", "")), TestPeople.Nurse);
        Assert.Equal(2, await Chronology.LastSequenceAsync(caseRef, default));
    }

    private async Task<(ConnectorRequest Request, JsonObject Card)[]> ExportAsync(string channel)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "export"))) { }
        return Consents();
    }

    private (ConnectorRequest Request, JsonObject Card)[] Consents() =>
        [.. Posts().SelectMany(p => (p.Body?["attachments"]?.AsArray() ?? []).OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == FileCards.ConsentContentType).Select(a => (p, a)))];

    /// <summary>RFC 4180, strictly: quoted fields may hold commas, CR, LF and doubled quotes; records end in CRLF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r')) field.Append(text[i++]);
            }
            row.Add(field.ToString());
            field.Clear();
            if (text[i] == ',') { i++; continue; }
            Assert.Equal("\r\n", text.Substring(i, 2));
            i += 2;
            rows.Add(row);
            row = [];
        }
        return rows;
    }
}
