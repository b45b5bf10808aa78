using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Connector;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.IntegrationTests.Referrals;

/// <summary>
/// A school's case channel and a CSC front-door desk channel, linked through the real set-up verbs, and helpers to
/// walk a referral through them. Connector back-offs are shortened so that retries take milliseconds.
/// </summary>
public abstract class ReferralTest(AzuriteFixture azurite) : BotTest(azurite)
{
    /// <summary>A second front-door worker, for races; not in the school's channel.</summary>
    protected static readonly Person SecondWorker = new("29:sw2", "0a000000-0000-4000-8000-000000000005", "Priya Lamb");

    protected static readonly string SchoolChannel = TestPeople.Channel("school-case");
    protected static readonly string DeskChannel = TestPeople.Channel("csc-front-door");

    protected const string WhatHappened = "Arrived at 8:50 with a bruise on the left cheek and flinched at a raised hand.";
    protected const string ChildsWords = "Mum's boyfriend gets angry when I'm loud.";
    protected const string Reason = "Home visit found the bruise came from a fall at football, seen by the coach.";
    protected const string Advice = "Keep recording new marks and refer again at once if the child says more.";

    protected ReferralStore Referrals => Bot.Services.GetRequiredService<ReferralStore>();
    protected AuditLog Audit => Bot.Services.GetRequiredService<AuditLog>();

    /// <summary>What the bot handed to the escalation work.</summary>
    protected ConcurrentQueue<EscalationRequest> StartedEscalations { get; } = new();

    /// <summary>What the bot told the chronology seam, in order.</summary>
    protected ConcurrentQueue<ReferralEvent> RecordedEvents { get; } = new();

    /// <summary>What the bot asked the timer seam to wake it up for.</summary>
    protected ConcurrentQueue<ReferralReminder> Reminders { get; } = new();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.PostConfigure<ConnectorOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RequestTimeout = TimeSpan.FromMilliseconds(700);
        });
        services.RemoveAll<IEscalationStarter>();
        services.AddSingleton<IEscalationStarter>(new RecordingEscalationStarter(StartedEscalations));
        services.RemoveAll<IReferralEvents>();
        services.AddSingleton<IReferralEvents>(new RecordingEvents(RecordedEvents));
        services.RemoveAll<IReferralReminders>();
        services.AddSingleton<IReferralReminders>(new RecordingReminders(Reminders));
    }

    private sealed class RecordingEvents(ConcurrentQueue<ReferralEvent> recorded) : IReferralEvents
    {
        public Task RecordAsync(ReferralEvent change, CancellationToken cancellationToken)
        {
            recorded.Enqueue(change);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingReminders(ConcurrentQueue<ReferralReminder> reminders) : IReferralReminders
    {
        public Task RemindAsync(ReferralReminder reminder, CancellationToken cancellationToken)
        {
            reminders.Enqueue(reminder);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingEscalationStarter(ConcurrentQueue<EscalationRequest> started) : IEscalationStarter
    {
        public Task StartAsync(EscalationRequest request, CancellationToken cancellationToken)
        {
            started.Enqueue(request);
            return Task.CompletedTask;
        }
    }

    /// <summary>The school's case channel (the DSL is its lead) and a CSC front-door desk whose roster is the two workers.</summary>
    protected async Task LinkChannelsAsync(string caseRef)
    {
        await LinkCaseAsync(SchoolChannel, caseRef);
        Connector.SetRoster(DeskChannel, [TestPeople.SocialWorker.Member(), SecondWorker.Member()]);
        var linked = await Bot.InvokeAsync(Teams.Execute(DeskChannel, TestPeople.SocialWorker, "channel.linkDesk",
            new { deskKind = nameof(DeskKind.CscFrontDoor), deskName = "Northfield front door" }));
        Assert.Contains("Northfield front door", CardText(linked["value"]));
        Connector.ClearRequests();
    }

    /// <summary><c>refer</c> in the case channel; returns the referral id the form carries.</summary>
    protected async Task<string> OpenFormAsync(Person? by = null)
    {
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, by ?? TestPeople.Dsl, "refer"))) { }
        var form = Posts()[^1].Body!["attachments"]![0]!["content"]!;
        var submit = form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "referral.submit")!;
        return (string)submit["data"]!["referralId"]!;
    }

    protected static object Form(string caseRef, string referralId, string helpAsked = "An assessment of the child's safety at home.") => new
    {
        caseRef, referralId,
        whatHappened = WhatHappened,
        childsWords = ChildsWords,
        fears = "That the child is being hit at home and it gets worse over the holiday.",
        helpAsked,
        consent = "NotSought",
        consentNote = "Asking would alert the mother's partner.",
        desk = DeskChannel,
    };

    protected const string FormCardId = "1700000000501";

    protected Task<JsonObject> SubmitAsync(string caseRef, string referralId, string helpAsked = "An assessment of the child's safety at home.") =>
        Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "referral.submit", Form(caseRef, referralId, helpAsked), FormCardId));

    /// <summary>Links, refers and submits; returns the stored referral.</summary>
    protected async Task<Referral> ReferAsync(string caseRef)
    {
        await LinkChannelsAsync(caseRef);
        var id = await OpenFormAsync();
        await SubmitAsync(caseRef, id);
        Connector.ClearRequests();
        return (await Referrals.FindAsync(caseRef, id, default))!;
    }

    /// <summary>A click on the referral's card in its desk thread.</summary>
    protected Task<JsonObject> OnDeskCardAsync(Referral referral, Person by, string verb, object data) =>
        Bot.InvokeAsync(Teams.Execute(DeskChannel, by, verb, data, referral.Cards.DeskActivityId));

    protected Task<JsonObject> AcknowledgeAsync(Referral referral, Person? by = null) =>
        OnDeskCardAsync(referral, by ?? TestPeople.SocialWorker, "referral.acknowledge",
            new { caseRef = referral.CaseRef, referralId = referral.Id, revision = referral.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    protected Task<JsonObject> DecideAsync(Referral referral, string outcome, string reason, string advice, Person? by = null, int? revision = null) =>
        OnDeskCardAsync(referral, by ?? TestPeople.SocialWorker, "referral.decide", new
        {
            caseRef = referral.CaseRef, referralId = referral.Id,
            revision = (revision ?? referral.Revision).ToString(System.Globalization.CultureInfo.InvariantCulture),
            outcome, reason, advice,
        });

    protected async Task<Referral> ReloadAsync(Referral referral) => (await Referrals.FindAsync(referral.CaseRef, referral.Id, default))!;

    /// <summary>The requests that touched the school's status card (its conversation).</summary>
    protected IReadOnlyList<ConnectorRequest> SchoolCardRequests(Referral referral) =>
        Posts().Where(p => p.Path.StartsWith($"/v3/conversations/{referral.Cards.SchoolConversationId}/", StringComparison.Ordinal)).ToArray();

    protected string SchoolCardPath(Referral referral) =>
        $"/v3/conversations/{referral.Cards.SchoolConversationId}/activities/{referral.Cards.SchoolActivityId}";

    /// <summary>The school's card as the connector now holds it.</summary>
    protected string SchoolCardNow(Referral referral) =>
        CardText(Connector.GetActivity(referral.Cards.SchoolConversationId, referral.Cards.SchoolActivityId));

    protected static string ErrorMessage(JsonObject answer)
    {
        Assert.Equal("application/vnd.microsoft.error", (string?)answer["type"]);
        return (string)answer["value"]!["message"]!;
    }
}
