using System.Security.Cryptography;

namespace CaseCoordinatorBot.Referrals;

/// <summary>
/// Referral ids are made when the form is shown and travel on it, so submitting the same form twice finds the
/// referral it already made. Twelve lower-case hex characters: safe in storage keys and nothing about the child.
/// </summary>
public static class ReferralIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static bool IsValid(string? id) =>
        id is { Length: 12 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
