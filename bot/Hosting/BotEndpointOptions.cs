using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Hosting;

public sealed class BotEndpointOptions
{
    public const string Section = "Bot:Endpoint";

    /// <summary>Teams activities are a few KB; anything far larger is refused before it is parsed.</summary>
    [Range(4 * 1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long one turn may run. A turn does not stop when Teams gives up waiting (about 15 s): stopping
    /// half-way would leave half an effect that the redelivery, deduplicated, could never finish.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
