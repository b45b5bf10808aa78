using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>"Challenge this decision" hands over to the escalation work, which starts stage 1 with the decision attached.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ChallengeEscalationTests(AzuriteFixture azurite) : EscalationTest(azurite)
{
    private static EscalationRequest Request(DateTimeOffset at, string raiserKey) => new("CR-6620", "ref-1",
        new ReferralDecision(ReferralOutcome.NoFurtherAction, "Home visit found no concerns.", "Refer again if anything new.",
            new ReferralPerson("tenant/sw", "Sam Okafor"), at.AddHours(-1)),
        new ReferralChallenge("The child has disclosed again since the visit.", new ReferralPerson(raiserKey, "Dana Shah"), at),
        new DeskRef("19:desk@thread.tacv2", "Front door", "https://example.invalid"));

    [Fact]
    public void The_bot_registers_the_escalation_starter_in_place_of_the_no_op()
    {
        using var scope = Bot.Services.CreateScope();
        Assert.IsType<ChallengeEscalationStarter>(scope.ServiceProvider.GetRequiredService<IEscalationStarter>());
    }

    [Fact]
    public async Task A_challenge_starts_stage_one_with_the_decision_and_reason_and_posts_one_card_and_one_copy_even_if_retried()
    {
        await SetUpCaseAsync("CR-6620");
        var file = await Bot.Services.GetRequiredService<CaseCoordinatorBot.Cases.CaseStore>().FindCaseAsync("CR-6620", default);
        var request = Request(Clock.GetUtcNow(), file!.Members.First(m => m.Role == CaseCoordinatorBot.Cases.CaseRole.Lead).UserKey);

        using (var scope = Bot.Services.CreateScope())
        {
            var starter = scope.ServiceProvider.GetRequiredService<IEscalationStarter>();
            await starter.StartAsync(request, default);
            await starter.StartAsync(request, default);
        }

        var escalation = (await Escalations.FindAsync("CR-6620", ChallengeEscalationStarter.IdFor(request), default))!;
        Assert.Equal(1, escalation.Stage);
        Assert.Equal(EscalationTopic.Decision, escalation.About);
        Assert.Equal("ref-1", escalation.ReferralId);
        Assert.Contains("No further action", escalation.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("disclosed again", escalation.Description);
        Assert.NotEqual("", escalation.Card.ActivityId);
        var posted = Posts().Where(p => p.Method == "POST" && CardText(p.Body).Contains("Escalation for CR-6620")).ToArray();
        var cards = posted.Where(p => p.Path.Contains(CaseChannel, StringComparison.Ordinal)).ToArray();
        Assert.Single(cards);
        Assert.Contains("immediate risk", CardText(cards[0].Body));
        // No desk holds the referral here, so the stage's owner (the social worker) gets the one copy in a personal chat.
        var copy = Assert.Single(posted, p => !p.Path.Contains(CaseChannel, StringComparison.Ordinal));
        Assert.Equal(OwnerPlace.PersonalChat, escalation.OwnerCopy?.Place);
        Assert.Contains(escalation.OwnerCopy!.Card.ConversationId, copy.Path);
        Assert.Single(await EscalationEntriesAsync("CR-6620"));
    }
}
