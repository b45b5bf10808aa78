using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

/// <summary>Jargon hides what the child lives through: the referral is checked before it goes, and may go as written.</summary>
public sealed class ReferralPlainLanguageTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private object VagueForm(string referralId, string acceptFlags) => new
    {
        caseRef = "CR-6801", referralId,
        whatHappened = "Child presented as withdrawn and made an inappropriate comment; NFA last time.",
        childsWords = ChildsWords,
        fears = "That the child is being hit at home.",
        helpAsked = "An assessment of the child's safety at home.",
        consent = "Given", consentNote = "",
        desk = DeskChannel,
        acceptFlags,
    };

    [Fact]
    public async Task Vague_words_are_flagged_and_nothing_is_sent_until_the_referrer_edits_or_sends_as_written()
    {
        await LinkChannelsAsync("CR-6801");
        var id = await OpenFormAsync();
        Connector.ClearRequests();

        var flagged = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.submit", VagueForm(id, "false"), FormCardId));

        Assert.Equal("application/vnd.microsoft.error", (string)flagged["type"]!);
        var message = (string)flagged["value"]!["message"]!;
        Assert.Contains("inappropriate", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Send as written", message);
        Assert.Null(await Referrals.FindAsync("CR-6801", id, default));
        Assert.DoesNotContain(Posts(), p => p.Method == "POST");

        var sent = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.submit", VagueForm(id, "true"), FormCardId));

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)sent["type"]!);
        Assert.NotNull(await Referrals.FindAsync("CR-6801", id, default));
    }
}
