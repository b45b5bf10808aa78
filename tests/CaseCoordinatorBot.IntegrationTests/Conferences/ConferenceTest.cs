using System.Text.Json.Nodes;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Conferences;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Conferences;

/// <summary>
/// The referral set-up (a school's case channel and a CSC desk) with the real referral events, an in-memory meeting
/// calendar, mailboxes in the case channel's roster, and a clock the test moves: by default Thursday 24 December
/// 2026, 10:00 in London, so that a strategy discussion decided now is due after the Christmas bank holidays.
/// </summary>
public abstract class ConferenceTest(AzuriteFixture azurite) : ReferralTest(azurite)
{
    protected static readonly Person Chair = new("29:chair", "0a000000-0000-4000-8000-000000000006", "Lee Marsh");
    protected const string Organiser = "conferences@northfield.example";

    protected static string Mailbox(Person person) => person.Name.Replace(' ', '.').ToLowerInvariant() + "@agency.example";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero));
    protected InMemoryMeetingCalendar Calendar { get; } = new();

    protected ConferenceStore Conferences => Bot.Services.GetRequiredService<ConferenceStore>();
    protected ChronologyStore Chronology => Bot.Services.GetRequiredService<ChronologyStore>();
    protected TimerSweeper Sweeper => Bot.Services.GetRequiredService<TimerSweeper>();

    // Not the referral tests' recorders: conferences start from the real referral events.
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.PostConfigure<ConnectorOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RequestTimeout = TimeSpan.FromMilliseconds(700);
        });
        services.PostConfigure<CaseOptions>(o => o.RosterCacheDuration = TimeSpan.Zero);
        services.PostConfigure<ConferenceOptions>(o => o.OrganiserMailbox = Organiser);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        UseCalendar(services);
    }

    /// <summary>The in-memory calendar; a subclass may put the bot's own Graph calendar against a fake Graph instead.</summary>
    protected virtual void UseCalendar(IServiceCollection services)
    {
        services.RemoveAll<IMeetingCalendar>();
        services.AddSingleton<IMeetingCalendar>(Calendar);
    }

    /// <summary>The case channel's roster with everyone's mailbox, the chair added, the outsider left out.</summary>
    protected void SetRosterWithMailboxes() =>
        Connector.SetRoster(SchoolChannel, new[] { TestPeople.Dsl, TestPeople.SocialWorker, TestPeople.Nurse, Chair }
            .Select(p => p.Member() with { Email = Mailbox(p) }));

    /// <summary>Links the channels, grants the social worker and the chair their roles, and refers.</summary>
    protected async Task<CaseCoordinatorBot.Referrals.Referral> SetUpReferredCaseAsync(string caseRef)
    {
        var referral = await ReferAsync(caseRef);
        SetRosterWithMailboxes();
        await GrantAsync(caseRef, TestPeople.SocialWorker, "SocialWorker");
        await GrantAsync(caseRef, Chair, "ConferenceChair");
        Connector.ClearRequests();
        return referral;
    }

    protected async Task GrantAsync(string caseRef, Person person, string role)
    {
        var answer = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "case.grantRole", new { caseRef, member = person.AadObjectId, role }));
        Assert.Contains(person.Name, CardText(answer["value"]));
    }

    /// <summary>The conference cards the bot posted in the case channel, as JSON text.</summary>
    protected IReadOnlyList<JsonNode> PostedCards(string startsWith) =>
        Posts().Where(p => p.Method == "POST")
            .Select(p => p.Body?["attachments"]?[0]?["content"])
            .OfType<JsonNode>()
            .Where(c => ((string?)c["body"]?[0]?["text"] ?? "").StartsWith(startsWith, StringComparison.Ordinal))
            .ToArray();

    protected static string ConferenceIdOf(JsonNode card) =>
        (string)Actions(card).First(a => ((string?)a["data"]?["conferenceId"]) is not null)["data"]!["conferenceId"]!;

    /// <summary>Every action of the card, in action sets and in the card's own actions.</summary>
    protected static IReadOnlyList<JsonNode> Actions(JsonNode? card) =>
        (card?["body"]?.AsArray() ?? []).Where(e => (string?)e?["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray())
            .Concat(card?["actions"]?.AsArray() ?? [])
            .OfType<JsonNode>().ToArray();

    protected static IReadOnlyList<string> SlotKeys(JsonNode? card) =>
        Actions(card).Where(a => (string?)a["verb"] == "conference.pickSlot").Select(a => (string)a["data"]!["slot"]!).ToArray();

    protected Task<JsonObject> ActAsync(string caseRef, string conferenceId, Person by, string verb, object? extra = null, string cardId = "1700000000901")
    {
        var data = new JsonObject { ["caseRef"] = caseRef, ["conferenceId"] = conferenceId };
        if (extra is not null)
            foreach (var (k, v) in System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject())
                data[k] = v?.DeepClone();
        return Bot.InvokeAsync(Teams.Execute(SchoolChannel, by, verb, data, cardId));
    }

    /// <summary><c>conference &lt;type&gt;</c> in the case channel; returns the card posted in reply.</summary>
    protected async Task<JsonNode> RequestAsync(string type, Person? by = null)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(SchoolChannel, by ?? TestPeople.SocialWorker, "conference " + type))) { }
        return PostedCards("Meeting for ").Single();
    }

    protected async Task<IReadOnlyList<ConferenceBody>> MeetingEntriesAsync(string caseRef)
    {
        var last = await Chronology.LastSequenceAsync(caseRef, default);
        var entries = await Chronology.ReadManyAsync(caseRef, Enumerable.Range(1, (int)last).Select(i => (long)i), default);
        return entries.Where(e => e is { Kind: EntryKind.Meeting }).Select(e => (ConferenceBody)e!.Body).ToArray();
    }

    /// <summary>Polls for a posted card whose first line starts so, up to 10 s (the hosted sweep loop may be the one firing).</summary>
    protected async Task<JsonNode?> WaitForCardAsync(string startsWith)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (PostedCards(startsWith).LastOrDefault() is { } card) return card;
            await Task.Delay(20);
        }
        return null;
    }

    /// <summary>
    /// Awaits <paramref name="task"/> while moving the clock on in small steps: storage backs off on the bot's clock
    /// when concurrent writers conflict, and a stopped fake clock would hold them for ever.
    /// </summary>
    protected async Task<T> WithClockRunningAsync<T>(Task<T> task)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(task, Task.Delay(5));
        }
        return await task;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as JSON with apostrophes and dashes left as they read, so that tests can look for sentences.</summary>
    protected static new string CardText(JsonNode? body) => body?.ToJsonString(Readable) ?? "";

    /// <summary>Reads until <paramref name="done"/> holds or 10 s have passed; returns the last read.</summary>
    protected static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            value = await read();
        }
        return value;
    }

    protected static BusyInterval Busy(DateTimeOffset start, DateTimeOffset end) => new(start, end);
}
