namespace CaseCoordinatorBot.Concerns.Siblings;

internal static class SiblingVocabulary
{
    public const string Usage =
        "To link this case with a brother's or sister's case, type 'sibling' and the other case's reference, for example 'sibling CR-2044'. " +
        "Its professionals confirm in their own channel. A new concern in either case then puts a notice in the other's chronology, without the detail.";

    public const string NoRole =
        "Only professionals with a role in this case can link it to a sibling's case. A case lead can grant you one. The refusal was recorded.";

    public static string ProfessionalsOnlyReason(string caseRef) => $"About sibling case {caseRef}: the detail stays in that case.";
}
