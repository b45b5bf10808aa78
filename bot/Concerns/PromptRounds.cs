namespace CaseCoordinatorBot.Concerns;

/// <summary>
/// The prompts posted in a case channel (<c>cases/&lt;ref&gt;/concerns/prompts.json</c>): for each, when, and the
/// chronology's last entry then, so that "heard from since" is the entries after it. Only the last few are kept.
/// </summary>
public sealed record PromptRounds(IReadOnlyList<PromptRound> Rounds)
{
    private const int Kept = 12;

    public static PromptRounds Empty { get; } = new([]);

    public PromptRounds With(PromptRound round) => Rounds.Any(r => r.Number == round.Number)
        ? this
        : new([.. Rounds.Append(round).OrderBy(r => r.Number).TakeLast(Kept)]);
}

/// <summary>One prompt: its number (1, 2, …), when it was posted, and the chronology's last sequence at that time.</summary>
public sealed record PromptRound(int Number, DateTimeOffset At, long LastSequence);

/// <summary>The payload of a prompt timer: the case and the round it posts.</summary>
public sealed record PromptTimer(string CaseRef, int Round);
