using System.Text.Json;
using System.Text.Json.Serialization;
using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Escalations;

/// <summary>
/// A local partnership's published escalation route: numbered stages, each raised by one role with another,
/// answered within a number of working days, and what the bot does when a stage stalls. Loaded from a JSON file
/// (bot/Escalations/policies) by <see cref="EscalationPolicyLoader"/>.
/// </summary>
public sealed record EscalationPolicy(string Name, IReadOnlyList<EscalationStage> Stages) : IJsonOnDeserialized
{
    /// <summary>The file it was read from, for messages.</summary>
    [JsonIgnore]
    public string Source { get; init; } = "";

    public EscalationStage First => Stages[0];

    public EscalationStage? Stage(int number) => Stages.FirstOrDefault(s => s.Number == number);

    /// <summary>The stage after <paramref name="number"/>, or null at the last stage.</summary>
    public EscalationStage? After(int number) => Stages.Where(s => s.Number > number).OrderBy(s => s.Number).FirstOrDefault();

    void IJsonOnDeserialized.OnDeserialized()
    {
        // Thrown from here, the serializer adds the line it has reached, which the loader reports.
        if (string.IsNullOrWhiteSpace(Name))
            throw new JsonException("the policy has no name.");
        if (Stages is null || Stages.Count == 0)
            throw new JsonException("the policy has no stages.");
        if (Stages.GroupBy(s => s.Number).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new JsonException($"stage {duplicate.Key} appears more than once.");
    }
}

/// <summary>
/// One stage. <see cref="OwnerRoles"/> are the case roles that answer it; when nobody in the case holds one of them,
/// anyone granted a role for <see cref="OwnerAgency"/> may answer (a service manager or head of service is rarely a
/// member of the case channel, so the agency's people act for them).
/// </summary>
public sealed record EscalationStage(
    int Number,
    string RaisedBy,
    string RaisedWith,
    IReadOnlyList<CaseRole> OwnerRoles,
    Agency OwnerAgency,
    int RespondWithinWorkingDays,
    int GraceWorkingDays,
    StallAction WhenStalled) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Number < 1)
            throw new JsonException($"stage number {Number} must be 1 or more.");
        if (string.IsNullOrWhiteSpace(RaisedBy) || string.IsNullOrWhiteSpace(RaisedWith))
            throw new JsonException($"stage {Number} must say who raises it (raisedBy) and with whom (raisedWith).");
        if (RespondWithinWorkingDays < 1)
            throw new JsonException($"stage {Number}: respondWithinWorkingDays must be 1 or more, not {RespondWithinWorkingDays}.");
        if (GraceWorkingDays < 1)
            throw new JsonException($"stage {Number}: graceWorkingDays must be 1 or more, not {GraceWorkingDays}.");
        if (OwnerRoles is null)
            throw new JsonException($"stage {Number} has no ownerRoles (use [] for anyone of the owner agency).");
    }

    /// <summary>"DSL → social worker", as cards show it.</summary>
    public string Route => $"{RaisedBy} → {RaisedWith}";
}

/// <summary>What happens when a stage is still unanswered after the reminder's grace period.</summary>
public enum StallAction
{
    /// <summary>Ask the raiser whether to move to the next stage.</summary>
    PromptRaiser,

    /// <summary>Move to the next stage without waiting (at the last stage, the raiser is prompted instead).</summary>
    AdvanceAutomatically,
}
