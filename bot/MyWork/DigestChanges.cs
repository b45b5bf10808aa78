using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.MyWork;

/// <summary>Turning a person's morning digest off or on, or moving it, from the home card or by typing <c>digest</c>.</summary>
public sealed class DigestChanges(DigestStore store, MorningDigest digest, TimeProvider clock, ILogger<DigestChanges> logger)
{
    /// <summary>Applies the change; returns what to tell the person, or a problem (and nothing changed).</summary>
    public async Task<(string? Problem, string Done)> ApplyAsync(Turn turn, string? change, string? time, CancellationToken cancellationToken)
    {
        if (!turn.IsPersonal || turn.User is not { } user)
            return ("The morning digest is set in your personal chat with the bot: open it and type 'digest'.", "");
        TimeOnly? at = null;
        if (change == "time" && (at = MorningDigest.ParseTime(time)) is null)
            return ($"Choose a time between {MorningDigest.Format(DigestSettings.EarliestTime)} and {MorningDigest.Format(DigestSettings.LatestTime)}, for example 07:30.", "");
        if (change is not ("stop" or "start" or "time"))
            return ("The bot did not understand that change to the digest. Nothing was changed.", "");

        await digest.RememberAsync(turn, cancellationToken);
        var saved = await store.UpdateAsync(user.Key, c => c! with
        {
            Enabled = change switch { "stop" => false, "start" => true, _ => c!.Enabled },
            At = at ?? c!.At,
        }, cancellationToken);
        // A stopped digest needs no timer cancelled: each one checks the setting when it comes due.
        if (saved.Enabled && change != "stop")
            await digest.ScheduleNextAsync(user.Key, saved.At, clock.GetUtcNow(), cancellationToken);
        Log.DigestChanged(logger, turn.CorrelationId, change);
        return (null, change switch
        {
            "stop" => "Stopped: no more morning digests. Start them again from your home card, or type 'digest on'.",
            "start" => $"Started: a morning digest at {MorningDigest.Format(saved.At)} on working days, when something is due.",
            _ => saved.Enabled
                ? $"Your morning digest now comes at {MorningDigest.Format(saved.At)} on working days."
                : $"Saved {MorningDigest.Format(saved.At)}; the digest is off until you start it.",
        });
    }
}

/// <summary>What the home card's digest buttons send, with the time input.</summary>
public sealed record ChangeDigestData(string? Change, string? DigestTime);

/// <summary>The home card's digest buttons: the change is made and the home card redrawn with it.</summary>
public sealed class ChangeDigest(DigestChanges changes, ShowMyWork home) : IVerbHandler<ChangeDigestData>
{
    public static string Verb => "mywork.digest";

    public async Task<TurnReply> HandleAsync(Turn turn, ChangeDigestData data, CancellationToken cancellationToken)
    {
        var (problem, done) = await changes.ApplyAsync(turn, data.Change, data.DigestTime, cancellationToken);
        return problem is not null ? TurnReply.Problem(problem) : await home.HomeAsync(turn, done, cancellationToken);
    }
}

/// <summary><c>digest off</c>, <c>digest on</c>, <c>digest 07:30</c>; <c>digest</c> alone says how it is set.</summary>
public sealed class DigestCommand(DigestChanges changes, DigestStore store) : ICommandHandler
{
    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var word = arguments.Trim().ToLowerInvariant();
        var (change, time) = word switch
        {
            "off" or "stop" or "stop these" or "stop it" => ("stop", ""),
            "on" or "start" => ("start", ""),
            "" => ("", ""),
            _ => ("time", word),
        };
        if (change.Length == 0)
        {
            if (!turn.IsPersonal || turn.User is not { } user)
                return TurnReply.Text("The morning digest is set in your personal chat with the bot: open it and type 'digest'.");
            var settings = await store.FindAsync(user.Key, cancellationToken);
            return TurnReply.Text((settings is null ? "Morning digest: not set up yet; type 'my work' to start it." : MyWorkCardBuilder.Describe(settings))
                + " Type 'digest off', 'digest on' or 'digest 07:30' to change it.");
        }
        var (problem, done) = await changes.ApplyAsync(turn, change, time, cancellationToken);
        return TurnReply.Text(problem ?? done);
    }
}
