namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>
/// What a handler wants shown. The router turns it into an invoke response (Action.Execute), an update of
/// the clicked card (Action.Submit) or a reply in the conversation (messages and events).
/// </summary>
public abstract record TurnReply
{
    public static TurnReply None { get; } = new NoReply();

    /// <summary>A card from <c>cards/&lt;template&gt;.json</c> expanded with <paramref name="data"/>.</summary>
    /// <param name="shared">
    /// The card is the conversation's shared state (e.g. a channel now linked): after an Action.Execute it
    /// is also updated in place through the connector so that everyone sees it, not only the clicker.
    /// </param>
    public static TurnReply Card(string template, object data, bool shared = false) => new CardReply(template, data, shared);

    /// <summary>A short plain message.</summary>
    public static TurnReply Text(string message) => new TextReply(message);

    /// <summary>
    /// The action was refused or the input was not acceptable: the user sees the message and nothing
    /// else changes (the card stays as it was, inputs included).
    /// </summary>
    public static TurnReply Problem(string message) => new ProblemReply(message);

    /// <summary>Something failed on the bot's side: plain words and the reference that finds the log lines.</summary>
    public static TurnReply Failure(string message, string correlationId) => new FailureReply(message, correlationId);
}

public sealed record NoReply : TurnReply;

public sealed record CardReply(string Template, object Data, bool Shared) : TurnReply;

public sealed record TextReply(string Message) : TurnReply;

public sealed record ProblemReply(string Message) : TurnReply;

public sealed record FailureReply(string Message, string CorrelationId) : TurnReply;
