using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.Escalations;

/// <summary>The data of <c>cards/escalations/stalled-work-digest.json</c>.</summary>
public sealed record StalledWorkDigestCard(string Title, string Intro, IReadOnlyList<StalledWorkDigestCardLine> Items, string Footer)
{
    public static StalledWorkDigestCard From(string deskName, IReadOnlyList<StalledWorkLine> lines) => new(
        $"Stalled work this week: {lines.Count} {(lines.Count == 1 ? "item" : "items")}",
        $"For {deskName}, oldest first. Open each case's channel for the detail.",
        [.. lines.Select(l => new StalledWorkDigestCardLine($"{l.CaseRef} ({l.Initials})", l.What, DisplayTime.Format(l.Since)))],
        EscalationVocabulary.ImmediateRisk);
}

/// <summary>One line: the case reference and initials, what is stalled, since when.</summary>
public sealed record StalledWorkDigestCardLine(string CaseLabel, string What, string Since);
