using System.Text.RegularExpressions;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>In channels Teams includes the bot's @mention in the text; commands are read without it.</summary>
public static partial class Mentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Text is null) continue;
            if (botId is not null && !string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase)) continue;
            text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
        }
        // Some clients leave an <at> tag that no entity describes; it is never part of a command.
        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
