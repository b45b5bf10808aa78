using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Families;

/// <summary>Data of <c>cards/families/record-contact.json</c>: the card, with what was typed and any problems.</summary>
public sealed record ParentContactCard(
    string CaseRef,
    string Initials,
    string DraftId,
    string Today,
    string Problem,
    string ContactedOn,
    string ContactedAt,
    string Method,
    string Reached,
    string Present,
    string Outcome,
    string Consent,
    string ConsentWhy,
    string Share,
    string ShareReason,
    IReadOnlyList<Choice> MethodChoices)
{
    public const string Template = "families/record-contact";

    public static ParentContactCard New(CaseFile file, string draftId, string today) =>
        new(file.CaseRef, file.Initials, draftId, today, "", today, "", "", "", "", "", "", "", "family", "", MethodChoiceList);

    public static ParentContactCard From(CaseFile file, SubmitParentContactData data, string today, IReadOnlyList<string> problems) =>
        new(file.CaseRef, file.Initials, data.DraftId ?? "", today, string.Join(" ", problems),
            data.ContactedOn ?? "", data.ContactedAt ?? "", data.Method ?? "", data.Reached ?? "", data.Present ?? "",
            data.Outcome ?? "", data.Consent ?? "", data.ConsentWhy ?? "", data.Share ?? "", data.ShareReason ?? "", MethodChoiceList);

    private static readonly IReadOnlyList<Choice> MethodChoiceList =
        [.. ParentContactRules.Methods.Select(m => new Choice(m.Key, m.Value))];
}
