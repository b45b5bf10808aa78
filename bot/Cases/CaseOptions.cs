using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Cases;

public sealed class CaseOptions
{
    public const string Section = "Cases";

    /// <summary>How long a channel roster is trusted before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RosterCacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
