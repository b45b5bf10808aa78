using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Tests.Protocol.Routing;

public class MentionsTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = "message", Text = text, Recipient = new ChannelAccount { Id = "28:bot" }, Entities = entities,
    };

    [Theory]
    [InlineData("<at>Case Coordinator</at> help", "help")]
    [InlineData("<at>Case Coordinator</at>   roles  now ", "roles now")]
    [InlineData("setup <at>Case Coordinator</at>", "setup")]
    [InlineData("help", "help")]
    [InlineData("", "")]
    public void The_bot_mention_is_removed_and_whitespace_folded(string text, string expected)
    {
        var mention = new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>Case Coordinator</at>" };
        Assert.Equal(expected, Mentions.StripBotMention(Message(text, mention)));
    }

    [Fact]
    public void A_mention_of_someone_else_keeps_their_name_in_the_text()
    {
        var other = new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:sam" }, Text = "Sam" };
        Assert.Equal("help Sam", Mentions.StripBotMention(Message("help Sam", other)));
    }

    [Fact]
    public void Html_entities_in_Teams_text_are_decoded()
    {
        Assert.Equal("help & more", Mentions.StripBotMention(Message("help &amp; more")));
    }
}
