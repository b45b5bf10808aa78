using System.Text.Json;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>
/// Sends each activity to the one handler declared for it: invokes by name and verb, Action.Submit by
/// verb, messages by their first word, events to the event handlers. Unknown activities are answered and
/// ignored; a failing handler becomes a plain error message with a correlation id, never a 500.
/// </summary>
public sealed class ActivityRouter(
    IServiceProvider services,
    RouteTable routes,
    IEnumerable<IEventHandler> eventHandlers,
    ReplyDispatcher replies,
    ILogger<ActivityRouter> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task<RouterOutcome> DispatchAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (activity.Name != AdaptiveCardActionInvoke)
            {
                // Other invokes (fileConsent/invoke) go to the event handler that claims them; their reply is
                // posted into the conversation and the invoke itself is answered 200, as Teams expects.
                if (eventHandlers.FirstOrDefault(h => h.CanHandle(turn)) is { } invokeHandler)
                {
                    var invokeReply = await RunAsync(turn, activity.Name ?? "invoke", ct => invokeHandler.HandleAsync(turn, ct), cancellationToken);
                    await replies.SendForEventAsync(turn, invokeReply, cancellationToken);
                }
                else
                {
                    Log.Ignored(logger, turn.CorrelationId, "invoke", activity.Name ?? "");
                }
                return new RouterOutcome(new AdaptiveCardInvokeResponse { StatusCode = 200 });
            }
            var (verb, data) = ReadExecuteAction(activity.Value);
            var reply = await RunAsync(turn, verb, ct => RunVerbAsync(turn, verb, data, ct), cancellationToken);
            return new RouterOutcome(await replies.ToInvokeResponseAsync(turn, reply, cancellationToken));
        }

        if (activity.IsType(ActivityTypes.Message))
        {
            TurnReply reply;
            bool isSubmit = activity.Value is { ValueKind: JsonValueKind.Object } value && string.IsNullOrWhiteSpace(activity.Text);
            if (isSubmit)
            {
                var verb = ReadString(activity.Value!.Value, "verb");
                reply = await RunAsync(turn, verb, ct => RunVerbAsync(turn, verb, activity.Value!.Value, ct), cancellationToken);
                await replies.SendForSubmitAsync(turn, reply, cancellationToken);
            }
            else
            {
                var text = Mentions.StripBotMention(activity);
                var command = FirstWord(text, out var arguments);
                reply = await RunAsync(turn, "command", ct => RunCommandAsync(turn, command, arguments, text, ct), cancellationToken);
                await replies.SendForMessageAsync(turn, reply, cancellationToken);
            }
            return RouterOutcome.Empty;
        }

        foreach (var handler in eventHandlers)
        {
            if (!handler.CanHandle(turn)) continue;
            var reply = await RunAsync(turn, activity.Type ?? "event", ct => handler.HandleAsync(turn, ct), cancellationToken);
            await replies.SendForEventAsync(turn, reply, cancellationToken);
            return RouterOutcome.Empty;
        }

        Log.Ignored(logger, turn.CorrelationId, activity.Type ?? "", activity.Name ?? "");
        return RouterOutcome.Empty;
    }

    private async Task<TurnReply> RunVerbAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (routes.FindVerb(verb) is not { } route)
        {
            // The verb came from card data anyone can craft: it is not logged.
            Log.UnknownVerb(logger, turn.CorrelationId);
            return TurnReply.Problem("This card's button is not one the bot knows any more. Type 'help' to see what it can do.");
        }
        object? typed;
        try
        {
            typed = data.Deserialize(route.DataType, BotJson.Options);
        }
        catch (JsonException)
        {
            typed = null;
        }
        if (typed is null)
            return TurnReply.Problem("The card sent something the bot could not read. Nothing was changed; please try again.");
        Log.Routed(logger, turn.CorrelationId, "verb", route.Verb);
        return await route.Invoke(services, turn, typed, cancellationToken);
    }

    private async Task<TurnReply> RunCommandAsync(Turn turn, string command, string arguments, string text, CancellationToken cancellationToken)
    {
        // A command may be two words ("my work"): the longer name wins, so that it never reads as "my" plus arguments.
        var second = FirstWord(arguments, out var afterSecond);
        var route = second.Length > 0 ? routes.FindCommand(command + " " + second) : null;
        if (route is not null)
            arguments = afterSecond;
        else if (command.Length > 0)
            route = routes.FindCommand(command);
        if (route is not null)
        {
            Log.Routed(logger, turn.CorrelationId, "command", route.Command);
            var handler = (ICommandHandler)services.GetRequiredService(route.HandlerType);
            return await handler.HandleAsync(turn, arguments, cancellationToken);
        }
        Log.Routed(logger, turn.CorrelationId, "command", "fallback");
        return services.GetService<IFallbackHandler>() is { } fallback
            ? await fallback.HandleAsync(turn, text, cancellationToken)
            : TurnReply.Text("Type 'help' to see what the bot can do here.");
    }

    private async Task<TurnReply> RunAsync(Turn turn, string route, Func<CancellationToken, Task<TurnReply>> handler, CancellationToken cancellationToken)
    {
        try
        {
            return await handler(cancellationToken);
        }
        catch (UserFacingException refusal)
        {
            return TurnReply.Problem(refusal.Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the exception's type: its message may quote what a user typed.
            Log.HandlerFailed(logger, turn.CorrelationId, route, ex.GetType().FullName ?? "");
            return TurnReply.Failure(FailureMessages.For(ex), turn.CorrelationId);
        }
    }

    internal static (string Verb, JsonElement Data) ReadExecuteAction(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Object } v
            && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            var verb = ReadString(action, "verb");
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyObject;
            return (verb, data);
        }
        return ("", EmptyObject);
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static string ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "";

    private static string FirstWord(string text, out string rest)
    {
        var space = text.IndexOf(' ');
        rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return (space < 0 ? text : text[..space]).Trim().ToLowerInvariant();
    }
}
