using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Hosting;

public sealed class BotEndpointOptions
{
    public const string Section = "Bot:Endpoint";

    /// <summary>Teams activities are a few KB; anything far larger is refused before it is parsed.</summary>
    [Range(4 * 1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
