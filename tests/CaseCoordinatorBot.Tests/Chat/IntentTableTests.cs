using System.Text.Json.Nodes;
using CaseCoordinatorBot.Chat;
using CaseCoordinatorBot.Tests.Cards;
using Microsoft.Extensions.Hosting;

namespace CaseCoordinatorBot.Tests.Chat;

public sealed class IntentTableTests
{
    [Fact]
    public void Every_command_in_the_manifest_can_be_reached_by_a_plain_question()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFolder.Combine("manifest", "commands.json")))!;
        var commands = manifest["commands"]!.AsArray().Select(c => (string)c!["name"]!).ToArray();
        var table = IntentTable.LoadEmbedded();

        Assert.All(commands, command => Assert.Contains(table.Intents, i => string.Equals(i.Command, command, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Every_intent_is_matched_by_its_own_first_phrase()
    {
        var table = IntentTable.LoadEmbedded();
        var matcher = new IntentMatcher(table, table.Intents.Select(i => i.Command), new IntentMatcherOptions());

        Assert.All(table.Intents, intent =>
        {
            var result = matcher.Match(intent.Phrases[0]);
            Assert.Equal((IntentOutcome.Run, intent.Name), (result.Outcome, result.Best?.Intent.Name));
        });
    }

    [Fact]
    public void Adding_chat_before_the_common_commands_stops_start_up_saying_so()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddChat());
        Assert.Contains("AddCommonCommands", error.Message);
    }
}
