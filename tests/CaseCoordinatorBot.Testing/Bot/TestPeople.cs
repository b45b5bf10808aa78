using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Testing.Bot;

/// <summary>Synthetic people and places for tests. The names exist so tests can prove they are never logged.</summary>
public static class TestPeople
{
    public const string HostTenant = "6f1c2a8e-0000-4000-8000-00000000c0de";
    public const string SchoolTenant = "6f1c2a8e-0000-4000-8000-00000000d0de";
    public const string TeamId = "19:oakfield-team@thread.tacv2";

    public static readonly Person Dsl = new("29:dsl", "0a000000-0000-4000-8000-000000000001", "Dana Shah");
    public static readonly Person SocialWorker = new("29:sw", "0a000000-0000-4000-8000-000000000002", "Sam Okafor");
    public static readonly Person Nurse = new("29:nurse", "0a000000-0000-4000-8000-000000000004", "Tom Reid");
    public static readonly Person Outsider = new("29:outsider", "0a000000-0000-4000-8000-000000000009", "Olive Outsider");

    public static IReadOnlyList<Person> Everyone { get; } = [Dsl, SocialWorker, Nurse, Outsider];

    public static string Channel(string name) => $"19:{name}@thread.tacv2";
}

public sealed record Person(string Id, string AadObjectId, string Name)
{
    public ChannelAccount Account => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };

    public TeamsChannelAccount Member(string? tenantId = null) =>
        new() { Id = Id, Name = Name, AadObjectId = AadObjectId, TenantId = tenantId ?? TestPeople.HostTenant };
}
