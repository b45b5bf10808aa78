using System.Text.Json;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Tests.Protocol.Routing;

public class RouteTableTests
{
    private static VerbRoute Verb(string name) => new(name, typeof(object), (_, _, _, _) => Task.FromResult(TurnReply.None));

    [Fact]
    public void A_verb_routed_twice_stops_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RouteTable([Verb("case.grantRole"), Verb("CASE.grantrole")], []));
        Assert.Contains("case.grantRole", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_command_routed_twice_stops_start_up()
    {
        Assert.Throws<InvalidOperationException>(() => new RouteTable([],
            [new CommandRoute("help", "a", typeof(object)), new CommandRoute("help", "b", typeof(object))]));
    }

    [Fact]
    public void Verbs_are_found_whatever_their_case()
    {
        var table = new RouteTable([Verb("channel.linkCase")], []);
        Assert.NotNull(table.FindVerb("channel.linkcase"));
        Assert.Null(table.FindVerb("channel.link"));
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"a.b","data":{"x":1}}}""", "a.b", """{"x":1}""")]
    [InlineData("""{"action":{"verb":"a.b"}}""", "a.b", "{}")]
    [InlineData("""{"action":"nonsense"}""", "", "{}")]
    [InlineData("""[1,2]""", "", "{}")]
    public void The_verb_and_data_of_an_Action_Execute_are_read_defensively(string value, string verb, string data)
    {
        var (v, d) = ActivityRouter.ReadExecuteAction(JsonDocument.Parse(value).RootElement);
        Assert.Equal(verb, v);
        Assert.Equal(data, d.GetRawText());
    }
}
