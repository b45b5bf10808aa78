using System.Text.Json.Nodes;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.IntegrationTests.Escalations;

/// <summary>
/// A case channel where the DSL leads, the social worker and (for stage 2) a team manager hold roles, on a clock the
/// test moves: by default Wednesday 23 December 2026, 10:00 in London, two days before Christmas.
/// </summary>
public abstract class EscalationTest(AzuriteFixture azurite) : BotTest(azurite)
{
    protected static readonly string CaseChannel = TestPeople.Channel("escalation-case");
    protected static readonly Person TeamManager = TestPeople.Nurse;

    protected const string Description = "Strategy discussion closed with no further action although the child disclosed twice more this week.";
    protected const string OwnerReason = "The disclosures were already considered by the duty manager on Monday.";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero));

    protected EscalationStore Escalations => Bot.Services.GetRequiredService<EscalationStore>();
    protected ChronologyStore Chronology => Bot.Services.GetRequiredService<ChronologyStore>();
    protected CaseCoordinatorBot.Cases.AuditLog Audit => Bot.Services.GetRequiredService<CaseCoordinatorBot.Cases.AuditLog>();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        services.PostConfigure<ConnectorOptions>(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(20));
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    protected async Task SetUpCaseAsync(string caseRef)
    {
        await LinkCaseAsync(CaseChannel, caseRef);
        await GrantAsync(caseRef, TestPeople.SocialWorker, "SocialWorker");
        await GrantAsync(caseRef, TeamManager, "TeamManager");
        Connector.ClearRequests();
    }

    private async Task GrantAsync(string caseRef, Person person, string role)
    {
        var answer = await Bot.InvokeAsync(Teams.Execute(CaseChannel, TestPeople.Dsl, "case.grantRole", new { caseRef, member = person.AadObjectId, role }));
        Assert.Contains(person.Name, CardText(answer["value"]));
    }

    protected const string CardId = "1700000000777";

    /// <summary><c>escalate</c>, then the start card submitted by the DSL; returns the stored escalation.</summary>
    protected async Task<Escalation> RaiseAsync(string caseRef, string description = Description)
    {
        using (await Bot.SendAsync(Teams.ChannelMessage(CaseChannel, TestPeople.Dsl, "escalate"))) { }
        var start = Posts()[^1].Body!["attachments"]![0]!["content"]!;
        Assert.Contains("immediate risk", CardText(start));
        var id = (string)start["actions"]![0]!["data"]!["escalationId"]!;
        var answer = await Bot.InvokeAsync(Teams.Execute(CaseChannel, TestPeople.Dsl, "escalation.raise",
            new { caseRef, escalationId = id, about = "Decision", description }, CardId));
        Assert.Contains("Stage 1 of 4", CardText(answer["value"]));
        Connector.ClearRequests();
        return (await Escalations.FindAsync(caseRef, id, default))!;
    }

    protected Task<JsonObject> ActAsync(Escalation escalation, Person by, string verb, object? extra = null, string? channel = null)
    {
        var data = new JsonObject
        {
            ["caseRef"] = escalation.CaseRef,
            ["escalationId"] = escalation.Id,
            ["stage"] = escalation.Stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (extra is not null)
            foreach (var (k, v) in System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject())
                data[k] = v?.DeepClone();
        return Bot.InvokeAsync(Teams.Execute(channel ?? CaseChannel, by, verb, data, CardId));
    }

    protected async Task<Escalation> ReloadAsync(Escalation escalation) => (await Escalations.FindAsync(escalation.CaseRef, escalation.Id, default))!;

    protected async Task<IReadOnlyList<ChronologyEntry>> EscalationEntriesAsync(string caseRef)
    {
        var last = await Chronology.LastSequenceAsync(caseRef, default);
        var entries = await Chronology.ReadManyAsync(caseRef, Enumerable.Range(1, (int)last).Select(i => (long)i), default);
        return entries.Where(e => e is { Kind: EntryKind.Escalation }).Select(e => e!).ToArray();
    }

    protected static string ErrorMessage(JsonObject answer)
    {
        Assert.Equal("application/vnd.microsoft.error", (string?)answer["type"]);
        return (string)answer["value"]!["message"]!;
    }
}
