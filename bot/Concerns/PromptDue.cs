using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// A case's "anything new?" prompt is due: it is posted in the case channel, naming each agency's lead and the
/// agencies not heard from (no entry of theirs in the chronology) since the prompt before the last ones; then the
/// round is recorded and the next one scheduled. A case that is gone stops its rhythm.
/// </summary>
public sealed class PromptDue(CaseStore cases, ChronologyStore chronology, IDocumentStore store, CaseChannelPoster poster,
    PromptRhythm rhythm, Monitoring.MonitoringStore monitoring, Calendar.WorkingDayCalendar calendar, IOptions<PromptingOptions> options,
    TimeProvider clock, ILogger<PromptDue> logger) : ITimerHandler
{
    public static string Kind => "concern.promptDue";

    /// <summary>Entries read to find who has been heard from: the latest, a bound on the cost of a very busy case.</summary>
    private const int MaxEntriesRead = 500;

    public static string RoundsKey(string caseRef) => StorageKey.Join("cases", caseRef, "concerns", "prompts.json");

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var prompt = timer.PayloadAs<PromptTimer>();
        if (await cases.FindCaseAsync(prompt.CaseRef, cancellationToken) is not { } file) return;

        var rounds = (await store.ReadAsync<PromptRounds>(RoundsKey(file.CaseRef), cancellationToken))?.Value ?? PromptRounds.Empty;
        var last = await chronology.LastSequenceAsync(file.CaseRef, cancellationToken);
        if (rounds.Rounds.All(r => r.Number != prompt.Round))
        {
            var silent = await SilentAsync(file, rounds, prompt.Round, last, cancellationToken);
            var since = rounds.Rounds.LastOrDefault(r => r.Number < prompt.Round)?.At;
            await poster.PostCardAsync(file, "concerns/anything-new", AnythingNewCard.From(file, prompt.Round, since, silent), cancellationToken);
            Log.PromptPosted(logger, file.CaseRef, prompt.Round, silent.Count);
            await store.UpdateAsync<PromptRounds>(RoundsKey(file.CaseRef),
                current => (current ?? PromptRounds.Empty).With(new PromptRound(prompt.Round, clock.GetUtcNow(), last)), cancellationToken);
        }
        // Daily while a monitoring period runs (the one after its last day is back on the usual rhythm).
        var period = await monitoring.FindAsync(file.CaseRef, cancellationToken);
        var daily = period is not null && period.RunsOn(calendar.AddWorkingDays(calendar.LocalDay(clock.GetUtcNow()), 1));
        await rhythm.ScheduleAsync(file.CaseRef, prompt.Round + 1, cancellationToken, daily ? 1 : null);
    }

    /// <summary>
    /// The lead agencies with no entry in the chronology since the prompt <see cref="PromptingOptions.SilentAfterPrompts"/>
    /// rounds back; none until that many prompts have been posted.
    /// </summary>
    private async Task<IReadOnlyList<Agency>> SilentAsync(CaseFile file, PromptRounds rounds, int round, long last, CancellationToken cancellationToken)
    {
        var back = rounds.Rounds.FirstOrDefault(r => r.Number == round - options.Value.SilentAfterPrompts);
        if (back is null) return [];
        var leads = file.Members.Where(m => m.Role == CaseRole.Lead).Select(m => m.Agency).Distinct().ToArray();
        var from = Math.Max(back.LastSequence + 1, last - MaxEntriesRead + 1);
        var entries = await chronology.ReadManyAsync(file.CaseRef, LongRange(from, last), cancellationToken);
        var heard = entries.OfType<ChronologyEntry>().Select(e => e.Author.Agency).ToHashSet();
        return [.. leads.Where(a => !heard.Contains(a))];
    }

    private static IEnumerable<long> LongRange(long from, long to)
    {
        for (var s = from; s <= to; s++) yield return s;
    }
}
