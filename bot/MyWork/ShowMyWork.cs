using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// <c>my work</c>: in the personal chat (and as the home card when the personal app is opened) everything waiting for
/// the person across their cases, with their digest setting; in a case channel, what waits for them in that case only,
/// since others read the channel too.
/// </summary>
public sealed class ShowMyWork(MyWorkBuilder builder, MyWorkCardBuilder cards, MorningDigest digest, CaseAccess access,
    ILogger<ShowMyWork> logger) : ICommandHandler, IPersonalWelcome
{
    public const string Action = "mywork.show";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.IsPersonal) return await HomeAsync(turn, "", cancellationToken);
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("Your work across your cases is in your personal chat with the bot: open it and type 'my work'.");
        var lines = MyWorkBuilder.Ordered(await builder.ForCaseAsync(grant, cancellationToken));
        Log.Listed(logger, turn.CorrelationId, lines.Count);
        return TurnReply.Card(MyWorkCardBuilder.Template, cards.Card(lines, $"in {grant.Case.CaseRef}", null));
    }

    public Task<TurnReply> WelcomeAsync(Turn turn, CancellationToken cancellationToken) =>
        HomeAsync(turn, $"Hello, I'm {(turn.Activity.Recipient?.Name is { Length: > 0 } name ? name : "Case Coordinator")}. Type 'help' to see what I can do.", cancellationToken);

    /// <summary>The person's home card; <paramref name="notice"/> leads its introduction (a greeting, or what just changed).</summary>
    public async Task<TurnReply> HomeAsync(Turn turn, string notice, CancellationToken cancellationToken)
    {
        if (turn.User is not { } user)
            return TurnReply.Text("Teams did not say who you are, so the bot cannot list your work.");
        var settings = await digest.RememberAsync(turn, cancellationToken);
        var lines = await builder.ForPersonAsync(user, cancellationToken);
        Log.Listed(logger, turn.CorrelationId, lines.Count);
        return TurnReply.Card(MyWorkCardBuilder.Template, cards.Card(lines, "across your cases", settings, notice));
    }
}
