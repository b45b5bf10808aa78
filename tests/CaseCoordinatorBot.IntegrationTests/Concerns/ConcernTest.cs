using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoordinatorBot.IntegrationTests.Concerns;

/// <summary>Helpers for the concern tests: the real concern card, filled as a person would fill it.</summary>
public abstract partial class ConcernTest(AzuriteFixture azurite) : BotTest(azurite)
{
    public const string Seen = "Amelia held her left forearm and flinched when I touched her sleeve; a bruise about 4 cm long on the inside of the arm.";
    public const string ChildsWords = "Steve grabbed me really hard when I spilt the juice";

    protected ChronologyStore Chronology => Bot.Services.GetRequiredService<ChronologyStore>();
    protected AuditLog Audit => Bot.Services.GetRequiredService<AuditLog>();

    /// <summary>What a complete, plain concern card sends (inputs are strings), with <paramref name="changes"/> applied.</summary>
    protected static Dictionary<string, object?> Concern(string caseRef, string draftId, params (string Name, object? Value)[] changes)
    {
        var data = new Dictionary<string, object?>
        {
            ["caseRef"] = caseRef,
            ["draftId"] = draftId,
            ["seen"] = Seen,
            ["childsWords"] = ChildsWords,
            ["seenOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["seenAt"] = "09:10",
            ["where"] = "Year 4 classroom at morning register",
            ["noticedBy"] = "Dana Shah, class teacher",
            ["actionTaken"] = "Listened without leading questions and told the safeguarding lead at 09:20.",
            ["othersKnow"] = "Teaching assistant",
            ["cscAware"] = "No",
            ["cscHow"] = "",
            ["category"] = "Physical",
            ["level"] = "Early",
            ["share"] = "family",
            ["shareReason"] = "",
        };
        foreach (var (name, value) in changes) data[name] = value;
        return data;
    }

    /// <summary>Types <c>concern</c> in the channel and returns the draft id of the card the bot posted.</summary>
    protected async Task<string> StartConcernAsync(string channel, Person? by = null)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.ChannelMessage(channel, by ?? TestPeople.Dsl, "concern"))) { }
        var card = AllText(Assert.Single(Posts()).Body);
        Assert.Contains("concern.submit", card);
        return DraftId().Match(card).Groups[1].Value;
    }

    protected Task<JsonObject> SubmitAsync(string channel, Dictionary<string, object?> data, Person? by = null) =>
        Bot.InvokeAsync(Teams.Execute(channel, by ?? TestPeople.Dsl, "concern.submit", data));

    /// <summary>Every string in the JSON (keys and values), unescaped, one per line: what a reader of the card could see.</summary>
    protected static string AllText(JsonNode? node)
    {
        var lines = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o) { lines.Add(key); Walk(value); }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
                case JsonValue v:
                    lines.Add(v.ToString());
                    break;
            }
        }
        Walk(node);
        return string.Join("\n", lines);
    }

    [GeneratedRegex("\"?draftId\"?\\s*\\n?([0-9a-f]{32})")]
    protected static partial Regex DraftId();
}
