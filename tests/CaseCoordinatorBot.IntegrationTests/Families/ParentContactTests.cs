using System.Text.RegularExpressions;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Families;
using CaseCoordinatorBot.IntegrationTests.Concerns;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Families;

public sealed partial class ParentContactTests(AzuriteFixture azurite) : ConcernTest(azurite)
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private const string Outcome = "Mother said the bruise came from a fall in the park; agreed to meet on Thursday.";

    [Fact]
    public async Task A_contact_is_recorded_in_the_chronology_and_colleagues_are_asked_what_they_observed()
    {
        var channel = TestPeople.Channel("contact-ok");
        await LinkCaseAsync(channel, "CR-6001");
        var draftId = await StartAsync(channel);
        Connector.ClearRequests();

        var answer = await SubmitContactAsync(channel, Contact("CR-6001", draftId, ("consent", "NotSought"), ("consentWhy", "Asking would alert the stepfather.")));

        var card = AllText(answer["value"]);
        Assert.Contains("Parent contact recorded for CR-6001 (A.B.)", card);
        Assert.Contains("never waits for it", card);
        var entry = (await Chronology.ReadAsync("CR-6001", 1, default))!;
        Assert.Equal(EntryKind.ParentContact, entry.Kind);
        Assert.Equal(new ParentContactBody("Phone", "Dana Shah (DSL), mother by phone", true, Outcome, ParentConsent.NotSought, "Asking would alert the stepfather."), entry.Body);
        Assert.True(entry.Visibility.MayShareWithFamily);
        var prompt = Assert.Single(Posts(), p => p.Method == "POST" && AllText(p.Body).Contains("record what you observed"));
        Assert.Contains("entry 1", AllText(prompt.Body));
        Assert.Contains(channel, prompt.Path);
        Assert.DoesNotContain(Outcome, AllText(prompt.Body));
    }

    [Fact]
    public async Task A_double_click_records_the_contact_once_and_prompts_once()
    {
        var channel = TestPeople.Channel("contact-double");
        await LinkCaseAsync(channel, "CR-6002");
        var draftId = await StartAsync(channel);
        Connector.ClearRequests();

        await SubmitContactAsync(channel, Contact("CR-6002", draftId));
        var again = await SubmitContactAsync(channel, Contact("CR-6002", draftId));

        Assert.Contains("already recorded", AllText(again["value"]));
        Assert.Equal(1, await Chronology.LastSequenceAsync("CR-6002", default));
        Assert.Single(Posts(), p => p.Method == "POST" && AllText(p.Body).Contains("record what you observed"));
    }

    [Theory]
    [InlineData("outcome", "", "Say what the outcome was.")]
    [InlineData("present", " ", "Say who was present")]
    [InlineData("method", "carrier pigeon", "Choose how the contact was made or attempted.")]
    [InlineData("contactedOn", "2099-01-01", "The date and time are in the future.")]
    [InlineData("contactedOn", "", "Give the date of the contact or attempt.")]
    [InlineData("consent", "", "Say whether consent to share was given, refused, or not sought.")]
    [InlineData("consent", "NotSought", "Say why consent was not sought")]
    [InlineData("share", "professionals", "Give the reason it is for professionals only.")]
    [InlineData("reached", "maybe", "Say whether the parent or carer was reached")]
    public async Task Bad_input_is_shown_on_the_card_with_what_was_typed_and_nothing_is_stored(string field, string value, string message)
    {
        var channel = TestPeople.Channel("contact-bad");
        await LinkCaseAsync(channel, "CR-6003");
        var draftId = await StartAsync(channel);

        var answer = await SubmitContactAsync(channel, Contact("CR-6003", draftId, (field, value)));

        Assert.Equal(AdaptiveCard, (string)answer["type"]!);
        var card = AllText(answer["value"]);
        Assert.Contains(message, card);
        Assert.Contains(field == "outcome" ? "mother by phone" : Outcome, card);
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-6003", default));
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_on_the_card()
    {
        var channel = TestPeople.Channel("contact-long");
        await LinkCaseAsync(channel, "CR-6004");
        var draftId = await StartAsync(channel);

        var answer = await SubmitContactAsync(channel, Contact("CR-6004", draftId, ("outcome", new string('x', ParentContactRules.OutcomeLimit + 1))));

        Assert.Contains("The outcome is 2,001 characters; the limit is 2,000", AllText(answer["value"]));
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-6004", default));
    }

    [Fact]
    public async Task A_card_crafted_for_another_case_is_refused_and_audited()
    {
        var channel = TestPeople.Channel("contact-here");
        await LinkCaseAsync(channel, "CR-6005");
        await LinkCaseAsync(TestPeople.Channel("contact-there"), "CR-6006");
        var draftId = await StartAsync(channel);

        var answer = await SubmitContactAsync(channel, Contact("CR-6006", draftId));

        Assert.Contains("different case", AllText(answer["value"]));
        Assert.Equal(0, await Chronology.LastSequenceAsync("CR-6006", default));
        Assert.Contains(await Audit.ReadAsync("CR-6006", default), a => a.Event == SubmitParentContact.Verb && a.Outcome == "refused:wrong-conversation");
    }

    [Fact]
    public async Task An_outsider_cannot_open_the_card()
    {
        var channel = TestPeople.Channel("contact-outsider");
        await LinkCaseAsync(channel, "CR-6007");
        Connector.ClearRequests();

        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Outsider, "contact"))) { }

        Assert.Contains("not a member of this case", (string)Assert.Single(Posts()).Body!["text"]!);
        Assert.Contains(await Audit.ReadAsync("CR-6007", default), a => a.Event == StartParentContact.Action && a.Outcome == "refused:not-a-member");
    }

    private static Dictionary<string, object?> Contact(string caseRef, string draftId, params (string Name, object? Value)[] changes)
    {
        var data = new Dictionary<string, object?>
        {
            ["caseRef"] = caseRef,
            ["draftId"] = draftId,
            ["contactedOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["contactedAt"] = "15:20",
            ["method"] = "phone",
            ["reached"] = "yes",
            ["present"] = "Dana Shah (DSL), mother by phone",
            ["outcome"] = Outcome,
            ["consent"] = "Given",
            ["consentWhy"] = "",
            ["share"] = "family",
            ["shareReason"] = "",
        };
        foreach (var (name, value) in changes) data[name] = value;
        return data;
    }

    private async Task<string> StartAsync(string channel)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, TestPeople.Dsl, "contact"))) { }
        var card = AllText(Assert.Single(Posts()).Body);
        Assert.Contains("contact.submit", card);
        return ContactDraftId().Match(card).Groups[1].Value;
    }

    private Task<System.Text.Json.Nodes.JsonObject> SubmitContactAsync(string channel, Dictionary<string, object?> data) =>
        Bot.InvokeAsync(Teams.Execute(channel, TestPeople.Dsl, SubmitParentContact.Verb, data));

    [GeneratedRegex("\"?draftId\"?\\s*\\n?([0-9a-f]{32})")]
    private static partial Regex ContactDraftId();
}
