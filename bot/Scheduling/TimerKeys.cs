using System.Globalization;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>
/// Where timers live. Pending timers sit under their due minute (UTC), so that blob listing, which is in key
/// order, reaches the due ones first and a sweep stops at the first bucket still in the future: its cost
/// grows with the number of timers due, not with the number of timers or cases.
/// </summary>
internal static class TimerKeys
{
    public const string DuePrefix = "timers/due/";
    private const string BucketFormat = "yyyyMMddHHmm";

    public static string Bucket(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(BucketFormat, CultureInfo.InvariantCulture);

    public static string Due(DateTimeOffset dueAt, string id) =>
        StorageKey.Join("timers", "due", Bucket(dueAt), StorageKey.Hash(id) + ".json");

    public static string Index(string id) => StorageKey.Join("timers", "ids", StorageKey.Hash(id) + ".json");

    public static string Failed(string id) => StorageKey.Join("timers", "failed", StorageKey.Hash(id) + ".json");

    /// <summary>The bucket of a key under <see cref="DuePrefix"/>, or null for anything else found there.</summary>
    public static string? BucketOf(string key) =>
        key.Length > DuePrefix.Length + BucketFormat.Length && key.StartsWith(DuePrefix, StringComparison.Ordinal)
            ? key.Substring(DuePrefix.Length, BucketFormat.Length)
            : null;
}
