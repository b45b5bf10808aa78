using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

/// <summary>The referral's steps land in the case's shared chronology, beside the concerns.</summary>
public sealed class ReferralChronologyTests(AzuriteFixture azurite) : ReferralTest(azurite)
{
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<IReferralEvents>();
        services.AddScoped<IReferralEvents, ChronologyReferralEvents>();
    }

    [Fact]
    public async Task Referral_acknowledgement_and_decision_become_professionals_only_chronology_entries()
    {
        var referral = await ReferAsync("CR-6601");
        await AcknowledgeAsync(referral);
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);

        var chronology = Bot.Services.GetRequiredService<ChronologyStore>();
        var last = await chronology.LastSequenceAsync("CR-6601", default);
        var entries = (await chronology.ReadManyAsync("CR-6601", Enumerable.Range(1, (int)last).Select(i => (long)i), default))
            .Select(e => e!).ToArray();

        Assert.Equal([EntryKind.Referral, EntryKind.Referral, EntryKind.Decision], entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.False(e.Visibility.MayShareWithFamily));
        Assert.Equal(Agency.Csc, entries[^1].Author.Agency);
        Assert.Contains(Reason, ((ReferralBody)entries[^1].Body).Detail);
        Assert.True((await new ChronologyVerifier(chronology).VerifyAsync("CR-6601", default)).Intact);
    }

    [Fact]
    public async Task A_decision_asks_the_case_channel_once_to_record_what_people_have_observed_without_the_referral_s_words()
    {
        var referral = await ReferAsync("CR-6602");
        await AcknowledgeAsync(referral);
        Connector.ClearRequests();

        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice);
        // The same decision clicked again is refused as stale and prompts nothing more.
        await DecideAsync(await ReloadAsync(referral), "NoFurtherAction", Reason, Advice, revision: referral.Revision);

        var prompts = Posts().Where(p => p.Method == "POST" && p.Path.Contains(SchoolChannel, StringComparison.Ordinal)
            && CardText(p.Body).Contains("record what you have observed", StringComparison.Ordinal)).ToArray();
        var prompt = CardText(Assert.Single(prompts).Body);
        Assert.Contains("CR-6602 (A.B.)", prompt);
        Assert.Contains("to record it, in plain words", prompt);
        Assert.DoesNotContain(Reason, prompt);
        Assert.DoesNotContain(WhatHappened, prompt);
    }
}
