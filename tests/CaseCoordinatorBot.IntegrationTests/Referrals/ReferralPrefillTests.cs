using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

public sealed class ReferralPrefillTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private ChronologyStore Chronology => Bot.Services.GetRequiredService<ChronologyStore>();

    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 8, 50, 0, TimeSpan.Zero);

    private async Task<long> AppendConcernAsync(string caseRef, Agency agency, string seen, string childsWords, int daysLater)
    {
        var author = new EntryAuthor("t/" + agency, agency + " worker", agency);
        var body = new ConcernBody(seen, childsWords, "Classroom", "Class teacher", "Told the DSL", "", CscAwareness.NotSure, "", ConcernLevel.Early, []);
        var result = await Chronology.AppendAsync(caseRef, new NewChronologyEntry(EntryKind.Concern, Monday.AddDays(daysLater), author,
            ConcernCategory.Physical, FamilyVisibility.Shareable, null, null, body), default);
        return result.Entry.Sequence;
    }

    private Task<JsonObject> PrefillAsync(string referralId, string concerns, Person? by = null, string fears = "") =>
        Bot.InvokeAsync(Teams.Execute(SchoolChannel, by ?? TestPeople.Dsl, "referral.prefill", new
        {
            caseRef = "CR-8101", referralId, concerns, fears, whatHappened = "", childsWords = "", helpAsked = "", consent = "", consentNote = "", desk = DeskChannel,
        }, FormCardId));

    private static JsonNode Input(JsonNode card, string id) =>
        card.ToString().Contains($"\"{id}\"") ? Find(card, id)! : throw new Xunit.Sdk.XunitException($"no input {id}");

    private static JsonNode? Find(JsonNode? node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id => o,
        JsonObject o => o.Select(p => Find(p.Value, id)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(n => Find(n, id)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    [Fact]
    public async Task The_form_offers_recent_concerns_of_every_agency_and_fills_in_the_chosen_ones_oldest_first_keeping_what_was_typed()
    {
        await LinkChannelsAsync("CR-8101");
        var first = await AppendConcernAsync("CR-8101", Agency.School, "Bruise on the left cheek at registration.", "I fell over.", 0);
        var second = await AppendConcernAsync("CR-8101", Agency.Health, "Missed the second hearing appointment.", "", 2);
        var third = await AppendConcernAsync("CR-8101", Agency.School, "Came in hungry and took food from the bins.", "There's no food at home.", 4);
        await Chronology.AppendAsync("CR-8101", new NewChronologyEntry(EntryKind.Correction, Monday.AddDays(5), new EntryAuthor("t/s", "School worker", Agency.School),
            null, FamilyVisibility.Shareable, first, null, new CorrectionBody("Wrong side", "The bruise was on the right cheek.")), default);

        var id = await OpenFormAsync();
        var form = Posts()[^1].Body!["attachments"]![0]!["content"]!;
        var offered = Input(form, "concerns")["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToArray();
        Assert.Equal([$"{third}", $"{second}", $"{first}"], offered);
        Assert.Contains("Health", (string)Input(form, "concerns")["choices"]![1]!["title"]!);

        // 999 is not a concern of this case: ignored, not an error.
        var filled = (await PrefillAsync(id, $"{third},{first},999", fears: "That she goes hungry over the holiday."))["value"]!;
        var whatHappened = (string)Input(filled, "whatHappened")["value"]!;
        Assert.True(whatHappened.IndexOf("Bruise", StringComparison.Ordinal) < whatHappened.IndexOf("hungry", StringComparison.Ordinal));
        Assert.Contains("The bruise was on the right cheek.", whatHappened);
        Assert.DoesNotContain("hearing appointment", whatHappened);
        Assert.Contains("“There's no food at home.”", (string)Input(filled, "childsWords")["value"]!);
        Assert.Contains("“I fell over.”", (string)Input(filled, "childsWords")["value"]!);
        Assert.Equal("That she goes hungry over the holiday.", (string)Input(filled, "fears")["value"]!);
        Assert.Contains("Filled in from the chronology", CardText(filled));

        // Pressing again does not add the text twice.
        var again = (await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.prefill", new
        {
            caseRef = "CR-8101", referralId = id, concerns = $"{third},{first}", whatHappened, childsWords = "", fears = "", helpAsked = "", consent = "", consentNote = "", desk = DeskChannel,
        }, FormCardId)))["value"]!;
        Assert.Equal(whatHappened, (string)Input(again, "whatHappened")["value"]!);

        // The referral remembers which entries it was built from.
        var submitted = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.submit", new
        {
            caseRef = "CR-8101", referralId = id, whatHappened, childsWords = ChildsWords, fears = "That she goes hungry over the holiday.",
            helpAsked = "An assessment of the family's needs.", consent = "NotSought", consentNote = "Asking would alert the mother's partner.",
            desk = DeskChannel, concerns = $"{third},{first}", acceptFlags = "true",
        }, FormCardId));
        Assert.Contains("Sent, waiting for CSC to acknowledge", CardText(submitted["value"]));
        var referral = await Referrals.FindAsync("CR-8101", id, default);
        Assert.EndsWith($"built from chronology entries #{first}, #{third}", referral!.History[0].Detail);
    }

    [Fact]
    public async Task Filling_in_with_nothing_ticked_says_so_and_a_stranger_is_refused_and_audited()
    {
        await LinkChannelsAsync("CR-8101");
        await AppendConcernAsync("CR-8101", Agency.School, "Bruise on the left cheek at registration.", "", 0);
        var id = await OpenFormAsync();

        var nothing = (await PrefillAsync(id, "", fears: "Typed before pressing."))["value"]!;
        Assert.Contains("Tick at least one concern", CardText(nothing));
        Assert.Equal("Typed before pressing.", (string)Input(nothing, "fears")["value"]!);

        var refused = await PrefillAsync(id, "1", by: TestPeople.Outsider);
        Assert.DoesNotContain("Bruise", refused.ToString());
        Assert.Contains(await Audit.ReadAsync("CR-8101", default), e => e.Event == "referral.prefill" && e.Outcome.StartsWith("refused", StringComparison.Ordinal));
    }
}
