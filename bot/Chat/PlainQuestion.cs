using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Chat;

/// <summary>
/// A message that is no exact command, in personal chat or after an @mention in a channel: runs the command the
/// question clearly means, offers up to three buttons when it could mean several, and otherwise answers as an
/// unknown command does (the help card). Never silence. In a channel nobody has linked yet every @mention that is
/// no exact command still brings the set-up card: nothing else works there until it is linked.
/// </summary>
public sealed class PlainQuestion(IntentMatcher matcher, IntentCommands commands, UnknownCommand unknown, CaseStore cases, ILogger<PlainQuestion> logger)
    : IFallbackHandler
{
    public const string SuggestionsTemplate = "chat/suggestions";

    public async Task<TurnReply> HandleAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        if (turn.IsChannel && turn.ChannelId is { } channelId && await cases.FindChannelAsync(channelId, cancellationToken) is null)
            return await unknown.HandleAsync(turn, text, cancellationToken);
        var result = matcher.Match(text);
        switch (result.Outcome)
        {
            case IntentOutcome.Run:
                var best = result.Best!;
                Log.IntentMatched(logger, turn.CorrelationId, best.Intent.Name, best.Score);
                return await commands.RunAsync(turn, best.Intent, result.Arguments, cancellationToken);
            case IntentOutcome.Suggest:
                Log.IntentsSuggested(logger, turn.CorrelationId, string.Join(',', result.Matches.Select(m => m.Intent.Name)), result.BestScore);
                return TurnReply.Card(SuggestionsTemplate, SuggestionsCard.From(result));
            default:
                Log.NoIntent(logger, turn.CorrelationId, result.BestScore);
                return await unknown.HandleAsync(turn, text, cancellationToken);
        }
    }
}
