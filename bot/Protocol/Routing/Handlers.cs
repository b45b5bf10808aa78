namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>Handles one card verb (Action.Execute or Action.Submit) with its data already read into <typeparamref name="TData"/>.</summary>
public interface IVerbHandler<in TData>
{
    /// <summary>The verb, <c>noun.action</c>, e.g. <c>channel.linkCase</c>.</summary>
    static abstract string Verb { get; }

    Task<TurnReply> HandleAsync(Turn turn, TData data, CancellationToken cancellationToken);
}

/// <summary>Handles a typed command such as <c>help</c> (the bot @mention already stripped).</summary>
public interface ICommandHandler
{
    Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}

/// <summary>Handles events: installation and membership updates.</summary>
public interface IEventHandler
{
    /// <summary>True when this handler wants the activity (checked for every registered event handler, in order).</summary>
    bool CanHandle(Turn turn);

    Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken);
}

/// <summary>What answers a message whose first word is no known command.</summary>
public interface IFallbackHandler
{
    Task<TurnReply> HandleAsync(Turn turn, string text, CancellationToken cancellationToken);
}
