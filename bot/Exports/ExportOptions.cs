using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Exports;

/// <summary><c>Exports</c>: how long an offered export may be accepted, and where its bytes may go.</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>An export offer older than this is refused: the person asks again and access is checked again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan RequestLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Teams gives an https OneDrive upload URL. Only tests, with a loopback fake, set this to accept http.
    /// </summary>
    public bool AllowHttpUploads { get; set; }

    /// <summary>How long one upload may take.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
