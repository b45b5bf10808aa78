namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>Plain words for a failure, chosen by what failed, never by its message.</summary>
public static class FailureMessages
{
    public static string For(Exception ex) => ex switch
    {
        // The storage client reports a dependency that never answered as all its attempts' failures together.
        AggregateException { InnerExceptions: [Azure.RequestFailedException, ..] } aggregate => For(aggregate.InnerExceptions[0]),
        Storage.DocumentConflictException =>
            "Someone else changed this at the same moment. Nothing of yours was saved; please look at the latest card and try again.",
        Azure.RequestFailedException =>
            "The case store is not answering just now. Nothing was saved; please try again in a few minutes.",
        Connector.ConnectorException =>
            "Teams did not accept a message from the bot just now. Please try again in a few minutes.",
        TimeoutException or OperationCanceledException =>
            "A service the bot needs took too long to answer. Please try again in a few minutes.",
        _ => "Something went wrong on the bot's side and nothing was changed. Please try again, and if it happens again tell support the reference below.",
    };
}
