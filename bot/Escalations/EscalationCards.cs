using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Data of <c>escalations/start</c>: what it is about and what happened, before stage 1 starts.</summary>
public sealed record EscalationStartCard(
    string CaseRef,
    string Initials,
    string EscalationId,
    string FirstStage,
    string ImmediateRisk,
    string Problem,
    string About,
    string Description,
    IReadOnlyList<Choice> Topics);

/// <summary>Data of <c>escalations/escalation</c>: every field display-ready.</summary>
public sealed record EscalationCard(
    string CaseRef,
    string Initials,
    string EscalationId,
    string Stage,
    string StageTitle,
    string About,
    string Description,
    string Owner,
    string Due,
    string Status,
    string StatusTitle,
    string RaisedBy,
    string Response,
    string HasNextStage,
    string NextStageTitle,
    string ImmediateRisk,
    string Problem,
    IReadOnlyList<EscalationCardStep> History);

public sealed record EscalationCardStep(string When, string Text);

/// <summary>Builds the cards' data from an escalation and the policy.</summary>
public sealed class EscalationCardBuilder(EscalationPolicy policy, EscalationClock clock)
{
    public EscalationStartCard Start(CaseFile file, string id, string problem = "", string about = "", string description = "") =>
        new(file.CaseRef, file.Initials, id, StageLine(policy.First), EscalationVocabulary.ImmediateRisk, problem, about, description,
            EscalationVocabulary.TopicChoices);

    public EscalationCard Card(Escalation escalation, string problem = "")
    {
        var stage = policy.Stage(escalation.Stage) ?? policy.Stages[^1];
        var next = policy.After(stage.Number);
        var response = escalation.Response is { } r
            ? $"{(r.Agreed ? "Agreed" : "Not agreed")} by {r.By.Name} ({CaseVocabulary.Title(r.By.Agency)}), {Common.DisplayTime.Format(r.At)}: {r.Reason}"
            : "";
        return new EscalationCard(
            escalation.CaseRef, escalation.Initials, escalation.Id,
            stage.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Stage {stage.Number} of {policy.Stages.Count}: {stage.Route}",
            EscalationVocabulary.Title(escalation.About),
            escalation.Description,
            EscalationVocabulary.Owner(stage),
            escalation.Status == EscalationStatus.Resolved ? "" : $"{Common.DisplayTime.Format(escalation.DueAt)} ({clock.Describe(escalation.DueAt)})",
            escalation.Status.ToString(),
            EscalationVocabulary.Status(escalation.Status),
            $"{escalation.Raiser.Name} ({CaseVocabulary.Title(escalation.Raiser.Agency)})",
            response,
            next is null || escalation.Status == EscalationStatus.Resolved ? "no" : "yes",
            next is null ? "" : StageLine(next),
            EscalationVocabulary.ImmediateRisk,
            problem,
            escalation.History.Select(h => new EscalationCardStep(Common.DisplayTime.Format(h.At),
                $"Stage {h.Stage} · {h.Event} · {h.By}" + (h.Detail.Length > 0 ? ": " + h.Detail : ""))).ToArray());
    }

    public static string StageLine(EscalationStage stage) =>
        $"Stage {stage.Number}: {stage.Route}, answer within {stage.RespondWithinWorkingDays} working day{(stage.RespondWithinWorkingDays == 1 ? "" : "s")}";
}
