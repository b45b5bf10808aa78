using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>The whole hand-over: a decided referral, the school's "Challenge this decision", stage 1 in the case channel.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ChallengeHandOverTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    private const string ChallengeReason = "The child has told us again since the home visit.";

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        // The referral tests record the hand-over; here the real escalation starter takes it.
        services.RemoveAll<IEscalationStarter>();
        services.AddScoped<IEscalationStarter, ChallengeEscalationStarter>();
    }

    [Fact]
    public async Task Challenging_a_decision_starts_stage_one_with_the_decision_and_the_schools_reason()
    {
        var referral = await ReferAsync("CR-6630");
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);
        Connector.ClearRequests();

        await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.challenge",
            new { caseRef = "CR-6630", referralId = referral.Id, reason = ChallengeReason }, FormCardId));

        var challenged = await ReloadAsync(referral);
        var request = new EscalationRequest("CR-6630", referral.Id, challenged.Decision!, challenged.Challenge!, challenged.Desk);
        var escalation = await Bot.Services.GetRequiredService<EscalationStore>().FindAsync("CR-6630", ChallengeEscalationStarter.IdFor(request), default);
        Assert.NotNull(escalation);
        Assert.Equal(1, escalation.Stage);
        Assert.Equal(EscalationTopic.Decision, escalation.About);
        Assert.Contains(Reason, escalation.Description);
        Assert.Contains(ChallengeReason, escalation.Description);
        Assert.Single(Posts(), p => p.Method == "POST" && CardText(p.Body).Contains("Escalation for CR-6630") && p.Path.Contains(SchoolChannel, StringComparison.Ordinal));
        Assert.Single(Posts(), p => p.Method == "POST" && CardText(p.Body).Contains("Escalation for CR-6630") && p.Path.Contains(DeskChannel, StringComparison.Ordinal));
        Assert.DoesNotContain(ChallengeReason, Bot.Logs.AllText);
    }
}
