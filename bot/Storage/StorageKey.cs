using System.Security.Cryptography;
using System.Text;

namespace CaseCoordinatorBot.Storage;

/// <summary>Builds blob keys that are safe whatever the ids contain.</summary>
public static class StorageKey
{
    /// <summary>
    /// A stable, short, path-safe token for an id from outside (conversation ids hold ':', '@', ';').
    /// Hashing also keeps raw Teams ids out of blob names.
    /// </summary>
    public static string Hash(string value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    public static string Join(params string[] segments)
    {
        foreach (var segment in segments)
        {
            if (!IsSafeSegment(segment))
                throw new ArgumentException($"'{segment}' is not a safe key segment.", nameof(segments));
        }
        return string.Join('/', segments);
    }

    public static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and <= 200 && segment is not "." and not ".."
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
