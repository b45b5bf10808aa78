using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CaseCoordinatorBot.Cases;

/// <summary>Validation of the only child identifiers the bot keeps: a case reference and initials.</summary>
public static partial class CaseReferences
{
    /// <summary>
    /// Letters, digits and hyphens with at least one digit: a reference must never be a child's name.
    /// </summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? caseRef)
    {
        caseRef = input?.Trim().ToUpperInvariant();
        if (caseRef is null || !CaseRefPattern().IsMatch(caseRef) || !caseRef.Any(char.IsAsciiDigit))
        {
            caseRef = null;
            return false;
        }
        return true;
    }

    /// <summary>One to three letters, shown as "A.B.".</summary>
    public static bool TryNormaliseInitials(string? input, [NotNullWhen(true)] out string? initials)
    {
        var letters = new string((input ?? "").Where(c => c is not ('.' or ' ')).ToArray()).ToUpperInvariant();
        initials = letters.Length is >= 1 and <= 3 && letters.All(char.IsAsciiLetterUpper)
            ? string.Concat(letters.Select(c => $"{c}."))
            : null;
        return initials is not null;
    }

    public const string CaseRefRule = "A case reference is 2 to 24 letters, digits or hyphens and includes a number, for example CR-1042. Never use the child's name.";

    public const string InitialsRule = "Give the child's initials only: one to three letters, for example A.B. Never the full name.";

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,23}$")]
    private static partial Regex CaseRefPattern();
}
