using System.Text.Json.Nodes;
using CaseCoordinatorBot.IntegrationTests.Referrals;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Testing.Bot;
using CaseCoordinatorBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.IntegrationTests.MyWork;

/// <summary>
/// A referral loop with its real chronology (each change redraws the case's list of work), a CSC worker on the case,
/// and helpers to read a person's home card.
/// </summary>
public abstract class MyWorkTest(AzuriteFixture azurite) : ReferralTest(azurite)
{
    protected override void ConfigureBotServices(IServiceCollection services)
    {
        base.ConfigureBotServices(services);
        services.RemoveAll<IReferralEvents>();
        services.AddScoped<IReferralEvents, ChronologyReferralEvents>();
        // Roster reads uncached: leaving a case's channel must end what the person sees at once.
        services.PostConfigure<CaseCoordinatorBot.Cases.CaseOptions>(o => o.RosterCacheDuration = TimeSpan.Zero);
    }

    /// <summary>Refers (school side) and gives the social worker a CSC role in the case.</summary>
    protected async Task<Referral> ReferWithCscWorkerAsync(string caseRef)
    {
        var referral = await ReferAsync(caseRef);
        var granted = await Bot.InvokeAsync(Teams.Execute(SchoolChannel, TestPeople.Dsl, "case.grantRole",
            new { caseRef, member = TestPeople.SocialWorker.AadObjectId, role = "SocialWorker" }));
        Assert.DoesNotContain("error", (string)granted["type"]!);
        Connector.ClearRequests();
        return referral;
    }

    /// <summary>The home card <c>my work</c> brings in the person's personal chat.</summary>
    protected async Task<JsonNode> MyWorkAsync(Person person)
    {
        Connector.ClearRequests();
        using (await Bot.SendAsync(Teams.PersonalMessage(person, "my work"))) { }
        var reply = Assert.Single(Posts());
        Assert.Contains($"a:personal-{person.AadObjectId}", reply.Path);
        return reply.Body!["attachments"]![0]!["content"]!;
    }

    /// <summary>The home card once <paramref name="until"/> holds of it (the list is redrawn just after each change), or after 10 s.</summary>
    protected async Task<JsonNode> MyWorkWhenAsync(Person person, Func<string, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var card = await MyWorkAsync(person);
        while (!until(card.ToJsonString()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            card = await MyWorkAsync(person);
        }
        return card;
    }

    /// <summary>The data of each item's button on a home card.</summary>
    protected static IReadOnlyList<JsonObject> OpenButtons(JsonNode card) =>
        [.. Descendants(card).OfType<JsonObject>().Where(o => o["verb"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
            && (string?)v == "mywork.open").Select(o => o["data"]!.AsObject())];

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var d in Descendants(child)) yield return d;
    }

    protected Activity PersonalInstall(Person person) => Teams.PersonalMessage(person, "") with
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = "add",
        Text = null,
    };
}
