using Microsoft.AspNetCore.Http;

namespace CaseCoordinatorBot.Testing.Connector;

/// <summary>
/// Holding requests: from <see cref="HoldRequests"/> on, each request that arrives waits, unrecorded and
/// unanswered, until <see cref="ReleaseHeld"/>. A held request whose client goes away (the caller was cancelled
/// or its process killed) is dropped without being recorded or acted on, as a connector that never processed it.
/// A test holds the connector to stop callers at a known point: every caller is then inside a call that has not
/// taken effect.
/// </summary>
public sealed partial class FakeConnectorServer
{
    private TaskCompletionSource? held;
    private int heldCount;
    private int droppedCount;

    /// <summary>Requests waiting now.</summary>
    public int HeldCount => Volatile.Read(ref heldCount);

    /// <summary>Held requests whose client went away, so never recorded.</summary>
    public int DroppedCount => Volatile.Read(ref droppedCount);

    public void HoldRequests()
    {
        lock (gate) held ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Lets every held request (and later ones) through, in no particular order.</summary>
    public void ReleaseHeld()
    {
        TaskCompletionSource? release;
        lock (gate)
        {
            release = held;
            held = null;
        }
        release?.TrySetResult();
    }

    /// <summary>Waits until <paramref name="count"/> requests are held, failing after <paramref name="timeout"/>.</summary>
    public Task WaitForHeldAsync(int count, TimeSpan timeout) =>
        UntilAsync(() => HeldCount >= count, timeout, () => $"{HeldCount} requests are held, not {count}.");

    /// <summary>Waits until <paramref name="count"/> held requests have been dropped, failing after <paramref name="timeout"/>.</summary>
    public Task WaitForDroppedAsync(int count, TimeSpan timeout) =>
        UntilAsync(() => DroppedCount >= count, timeout, () => $"{DroppedCount} held requests were dropped, not {count}.");

    /// <summary>True when the request may go on; false when it was held and its client went away meanwhile.</summary>
    private async Task<bool> PassHoldAsync(HttpContext context)
    {
        Task? release;
        lock (gate) release = held?.Task;
        if (release is null)
            return true;

        Interlocked.Increment(ref heldCount);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await release.WaitAsync(linked.Token);
            linked.Token.ThrowIfCancellationRequested();
            return true;
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref droppedCount);
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref heldCount);
        }
    }

    private static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException(failure());
            await Task.Delay(10);
        }
    }
}
