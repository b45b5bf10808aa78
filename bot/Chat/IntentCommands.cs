using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chat;

/// <summary>Runs an intent's command exactly as if its name had been typed, arguments and all.</summary>
public sealed class IntentCommands(RouteTable routes, IServiceProvider services)
{
    public async Task<TurnReply> RunAsync(Turn turn, IntentDefinition intent, string arguments, CancellationToken cancellationToken)
    {
        // The matcher only holds intents whose command was routed at start-up.
        var route = routes.FindCommand(intent.Command)
            ?? throw new InvalidOperationException($"The intent '{intent.Name}' names the command '{intent.Command}', which is not routed.");
        var handler = (ICommandHandler)services.GetRequiredService(route.HandlerType);
        return await handler.HandleAsync(turn, arguments, cancellationToken);
    }
}
