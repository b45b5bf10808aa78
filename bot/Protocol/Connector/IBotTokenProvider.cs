namespace CaseCoordinatorBot.Protocol.Connector;

/// <summary>The bearer token for connector calls: the seam that tests replace with a loopback-friendly one.</summary>
public interface IBotTokenProvider
{
    /// <summary>A token for <c>https://api.botframework.com</c>, or null in anonymous local mode (send none).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
