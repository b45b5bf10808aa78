using System.Text.Json;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>Turns a handler's <see cref="TurnReply"/> into what Teams expects for the kind of activity.</summary>
public sealed class ReplyDispatcher(CardTemplates cards, IConnectorClient connector, ILogger<ReplyDispatcher> logger)
{
    /// <summary>Action.Execute: the answer is the invoke response itself.</summary>
    public async Task<AdaptiveCardInvokeResponse> ToInvokeResponseAsync(Turn turn, TurnReply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case CardReply card:
                var attachment = cards.Render(card.Template, card.Data);
                if (card.Shared) await UpdateClickedCardAsync(turn, attachment, cancellationToken);
                return new AdaptiveCardInvokeResponse
                {
                    StatusCode = 200,
                    Type = AdaptiveCardInvokeResponse.CardType,
                    Value = JsonSerializer.SerializeToElement(attachment.Content, BotJson.Options),
                };
            case ProblemReply problem:
                // An error answer leaves the card as it was, with what the user typed, and shows the message.
                return new AdaptiveCardInvokeResponse
                {
                    StatusCode = 400,
                    Type = AdaptiveCardInvokeResponse.ErrorType,
                    Value = JsonSerializer.SerializeToElement(new InvokeError("BadRequest", problem.Message), BotJson.Options),
                };
            case FailureReply failure:
                // An error answer keeps the user's card, and what they typed in it, as it was.
                return FailureResponse(failure.Message, failure.CorrelationId);
            case TextReply text:
                return MessageResponse(text.Message);
            default:
                return MessageResponse("Done.");
        }
    }

    /// <summary>
    /// Action.Submit arrives as a message. Only a card that is the conversation's shared state replaces the
    /// clicked card (for everyone); anything else, a card shown again with a problem included, is a reply.
    /// </summary>
    public async Task SendForSubmitAsync(Turn turn, TurnReply reply, CancellationToken cancellationToken)
    {
        if (reply is CardReply { Shared: true } card && turn.Activity.ReplyToId is { Length: > 0 })
        {
            await UpdateClickedCardAsync(turn, cards.Render(card.Template, card.Data), cancellationToken);
            return;
        }
        await SendForMessageAsync(turn, reply, cancellationToken);
    }

    /// <summary>A typed message: answer in the same thread.</summary>
    public Task SendForMessageAsync(Turn turn, TurnReply reply, CancellationToken cancellationToken) =>
        ToActivity(turn, reply) is { } answer
            ? connector.ReplyToActivityAsync(turn.ServiceUrl, turn.ConversationId, turn.Activity.Id ?? "", answer, cancellationToken)
            : Task.CompletedTask;

    /// <summary>An event (install, members added): post a new message into the conversation.</summary>
    public Task SendForEventAsync(Turn turn, TurnReply reply, CancellationToken cancellationToken) =>
        ToActivity(turn, reply) is { } answer
            ? connector.SendToConversationAsync(turn.ServiceUrl, turn.ConversationId, answer with { ReplyToId = null }, cancellationToken)
            : Task.CompletedTask;

    private Activity? ToActivity(Turn turn, TurnReply reply) => reply switch
    {
        CardReply card => turn.Activity.CreateReply() with { Attachments = [cards.Render(card.Template, card.Data)] },
        TextReply text => turn.Activity.CreateReply(text.Message),
        ProblemReply problem => turn.Activity.CreateReply(problem.Message),
        FailureReply failure => turn.Activity.CreateReply() with
        {
            Attachments = [cards.Render("common/error", new ErrorCard(failure.Message, failure.CorrelationId))],
        },
        _ => null,
    };

    private async Task UpdateClickedCardAsync(Turn turn, Attachment attachment, CancellationToken cancellationToken)
    {
        var messageId = turn.Activity.ReplyToId;
        if (string.IsNullOrEmpty(messageId)) return;
        var update = turn.Activity.CreateReply() with { Id = messageId, ReplyToId = null, Attachments = [attachment] };
        try
        {
            await connector.UpdateActivityAsync(turn.ServiceUrl, turn.ConversationId, messageId, update, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The clicker already sees the new card in the invoke response; the others see it at their next refresh.
            Log.SharedCardUpdateFailed(logger, turn.CorrelationId, ex.StatusCode ?? 0);
        }
    }

    public static AdaptiveCardInvokeResponse FailureResponse(string message, string correlationId) => new()
    {
        StatusCode = 500,
        Type = AdaptiveCardInvokeResponse.ErrorType,
        Value = JsonSerializer.SerializeToElement(new InvokeError("InternalError", $"{message} Reference: {correlationId}"), BotJson.Options),
    };

    public static AdaptiveCardInvokeResponse MessageResponse(string message) => new()
    {
        StatusCode = 200,
        Type = AdaptiveCardInvokeResponse.MessageType,
        Value = JsonSerializer.SerializeToElement(message, BotJson.Options),
    };

    private sealed record InvokeError(string Code, string Message);
}

/// <summary>Data of <c>cards/common/error.json</c>.</summary>
public sealed record ErrorCard(string Message, string CorrelationId);
