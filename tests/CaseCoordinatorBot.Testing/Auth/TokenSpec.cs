using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>What <see cref="TestTokenIssuer.CreateToken"/> signs. Unset times default to a token valid for an hour from now.</summary>
public sealed record TokenSpec
{
    public required string Audience { get; init; }

    /// <summary>The <c>serviceurl</c> claim; null leaves the claim out.</summary>
    public string? ServiceUrl { get; init; }

    public string Issuer { get; init; } = TestTokenIssuer.BotFrameworkIssuer;

    /// <summary>The signing key; null means <see cref="TestTokenIssuer.EndorsedKey"/>.</summary>
    public TestSigningKey? Key { get; init; }

    /// <summary>The header's <c>kid</c> when it should differ from the signing key's own id.</summary>
    public string? KeyIdInHeader { get; init; }

    /// <summary>Leave <c>kid</c> out of the header.</summary>
    public bool WithoutKeyId { get; init; }

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public DateTimeOffset? IssuedAt { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>Leave out <c>exp</c> altogether.</summary>
    public bool WithoutExpiry { get; init; }

    public IReadOnlyDictionary<string, object>? ExtraClaims { get; init; }
}
