using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

/// <summary>What greets a person the first time the bot's personal app opens for them (their home card), in place of the plain welcome.</summary>
public interface IPersonalWelcome
{
    Task<TurnReply> WelcomeAsync(Turn turn, CancellationToken cancellationToken);
}
