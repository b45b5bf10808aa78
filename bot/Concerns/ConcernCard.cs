using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Concerns;

/// <summary>Data of <c>cards/concerns/log-concern.json</c>: the form, with what the user typed kept when shown again.</summary>
public sealed record ConcernCard(
    string CaseRef,
    string Initials,
    string DraftId,
    string Today,
    string Problem,
    IReadOnlyList<PlainLanguageFlag> Flags,
    string Seen,
    string ChildsWords,
    string SeenOn,
    string SeenAt,
    string Where,
    string NoticedBy,
    string ActionTaken,
    string OthersKnow,
    string CscAware,
    string CscHow,
    string Category,
    string Level,
    string Share,
    string ShareReason,
    IReadOnlyList<Choice> Categories,
    IReadOnlyList<Choice> Levels,
    IReadOnlyList<Choice> CscChoices,
    IReadOnlyList<Choice> ShareChoices)
{
    public static ConcernCard New(CaseFile file, string draftId, string today) => From(
        file, new SubmitConcernData(file.CaseRef, draftId, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
        today, [], []);

    /// <summary>The form again, with the user's answers, the problems and the plain-language flags.</summary>
    public static ConcernCard From(CaseFile file, SubmitConcernData data, string today,
        IReadOnlyList<string> problems, IReadOnlyList<PlainLanguageFlag> flags) => new(
        file.CaseRef, file.Initials, data.DraftId ?? "", today,
        problems.Count == 0 ? "" : string.Join("\n", problems.Select(p => "- " + p)),
        flags,
        data.Seen ?? "", data.ChildsWords ?? "", data.SeenOn ?? "", data.SeenAt ?? "", data.Where ?? "",
        data.NoticedBy ?? "", data.ActionTaken ?? "", data.OthersKnow ?? "", data.CscAware ?? "", data.CscHow ?? "",
        data.Category ?? "", data.Level ?? "", data.Share ?? "", data.ShareReason ?? "",
        ConcernVocabulary.Categories, ConcernVocabulary.Levels, ConcernVocabulary.CscChoices, ConcernVocabulary.ShareChoices);
}
