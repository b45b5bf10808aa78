using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Common;

/// <summary>Data of <c>cards/common/notice.json</c>.</summary>
public sealed record NoticeCard(string Title, string Message);

/// <summary>Data of <c>cards/common/welcome.json</c>.</summary>
public sealed record WelcomeCard(string BotName, bool IsChannel, bool IsPersonal)
{
    public static WelcomeCard For(Turn turn) =>
        new(turn.Activity.Recipient?.Name is { Length: > 0 } name ? name : "Case Coordinator", turn.IsChannel, turn.IsPersonal);
}

/// <summary>Data of <c>cards/common/help.json</c>.</summary>
public sealed record HelpCard(string ContextTitle, IReadOnlyList<HelpCommand> Commands);

public sealed record HelpCommand(string Name, string Description);
