using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Protocol.Schema;

/// <summary>Teams' <c>channelData</c>, as in Microsoft.Bot.Schema.Teams.TeamsChannelData.</summary>
public sealed record TeamsChannelData
{
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public TenantInfo? Tenant { get; init; }
    public string? EventType { get; init; }
    public string? TeamsChannelId { get; init; }
    public string? TeamsTeamId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record TeamInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}

public sealed record ChannelInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record TenantInfo
{
    public string? Id { get; init; }
}
