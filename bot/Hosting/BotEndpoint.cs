using System.Text.Json;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size cap, parse, the token checks that need the body, dedup, then routing.
/// Every path ends in a definite status; a failure past authentication is answered 200 with a plain message
/// so that Teams does not redeliver a turn that already had its effect.
/// </summary>
public static class BotEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).RequireAuthorization(BotAuthDefaults.Policy);
        // The Agents Playground probes the bot's URL with HEAD before it opens; any answer will do.
        app.MapMethods(Path, ["HEAD", "GET"], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotEndpointOptions> options,
        ActivityTokenChecks tokenChecks,
        TrustedServiceUrls trustedServiceUrls,
        ActivityDeduplicator deduplicator,
        ActivityRouter router,
        ReplyDispatcher replies,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BotEndpoint));
        var correlationId = http.TraceIdentifier;

        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            Log.Refused(logger, correlationId, "body-too-large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity is null || string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            Log.Refused(logger, correlationId, "malformed-activity");
            return Results.BadRequest();
        }

        var check = await tokenChecks.CheckAsync(http, activity, cancellationToken);
        if (!check.Succeeded)
        {
            Log.Refused(logger, correlationId, check.Reason ?? "token-check-failed");
            return Results.StatusCode(check.StatusCode);
        }
        trustedServiceUrls.Trust(activity.ServiceUrl);

        var turn = new Turn(activity, correlationId);
        using var turnLimit = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        turnLimit.CancelAfter(options.Value.TurnTimeout);
        var turnToken = turnLimit.Token;
        var begun = false;
        try
        {
            begun = await deduplicator.TryBeginAsync(turn, turnToken);
            if (!begun)
            {
                Log.Redelivery(logger, correlationId);
                return activity.IsType(ActivityTypes.Invoke)
                    ? Results.Json(ReplyDispatcher.MessageResponse("Already received."), BotJson.Options)
                    : Results.Ok();
            }
            var outcome = await router.DispatchAsync(turn, turnToken);
            return outcome.InvokeResponse is { } invoke ? Results.Json(invoke, BotJson.Options) : Results.Ok();
        }
        catch (Exception ex)
        {
            // The router answers handler failures itself; this is storage failing before routing, a reply that
            // could not be rendered or sent, or the turn running out of time.
            Log.TurnFailed(logger, correlationId, ex.GetType().FullName ?? "");
            if (begun) await ForgetQuietlyAsync(deduplicator, turn, logger);
            var message = FailureMessages.For(ex);
            if (activity.IsType(ActivityTypes.Invoke))
                return Results.Json(ReplyDispatcher.FailureResponse(message, correlationId), BotJson.Options);
            await TellQuietlyAsync(replies, turn, TurnReply.Failure(message, correlationId), logger);
            return Results.Ok();
        }
    }

    private static async Task ForgetQuietlyAsync(ActivityDeduplicator deduplicator, Turn turn, ILogger logger)
    {
        try
        {
            await deduplicator.ForgetAsync(turn, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Log.TurnFailed(logger, turn.CorrelationId, ex.GetType().FullName ?? "");
        }
    }

    /// <summary>Best effort: the connector may be what failed.</summary>
    private static async Task TellQuietlyAsync(ReplyDispatcher replies, Turn turn, TurnReply reply, ILogger logger)
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            if (turn.Activity.IsType(ActivityTypes.Message)) await replies.SendForMessageAsync(turn, reply, limit.Token);
        }
        catch (Exception ex)
        {
            Log.TurnFailed(logger, turn.CorrelationId, ex.GetType().FullName ?? "");
        }
    }
}
