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

    /// <summary>
    /// True when every slash-separated segment of <paramref name="key"/> is safe: no empty segment, no '.' or
    /// '..', no leading or trailing slash, no backslash. Such a key cannot reach outside the prefix it starts with.
    /// </summary>
    public static bool IsSafeKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.Split('/').All(IsSafeSegment);

    /// <summary>Returns <paramref name="key"/> when it is safe (see <see cref="IsSafeKey"/>).</summary>
    /// <exception cref="ArgumentException">The key is not safe.</exception>
    public static string Validate(string? key) =>
        IsSafeKey(key) ? key! : throw new ArgumentException(
            // The key is not repeated: an unsafe key may hold a raw id from outside.
            "A storage key is 1 to 1,024 characters of slash-separated segments of [A-Za-z0-9._-], "
            + "none empty, '.' or '..'.", nameof(key));

    // Blob names may be 1,024 characters long.
    private const int MaxKeyLength = 1024;

    public static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and <= 200 && segment is not "." and not ".."
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
