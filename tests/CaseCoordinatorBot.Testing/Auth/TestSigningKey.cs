using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// An RSA signing key of <see cref="TestTokenIssuer"/>, with the channels it is endorsed for
/// (null: the JWKS entry has no <c>endorsements</c> property at all).
/// </summary>
public sealed class TestSigningKey
{
    // Generating a 2048-bit key takes a noticeable fraction of a second here, so keys are made once per process
    // and shared by position: the n-th key of every issuer is the same key under a different id. They are never
    // disposed: IdentityModel caches signature providers by key thumbprint across instances.
    private static readonly Lock MaterialLock = new();
    private static readonly List<RSA> Material = [];

    private readonly RSA rsa;

    private TestSigningKey(RSA material, string keyId, IReadOnlyList<string>? endorsements)
    {
        rsa = material;
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>The DER SubjectPublicKeyInfo, as published: what an HS256 key-confusion forgery would use as its secret.</summary>
    public byte[] PublicKeyBytes => rsa.ExportSubjectPublicKeyInfo();

    /// <summary>
    /// A key built from the process-wide key material number <paramref name="materialIndex"/>: keys of one issuer
    /// must use distinct numbers to be distinct keys.
    /// </summary>
    public static TestSigningKey Create(int materialIndex, IReadOnlyList<string>? endorsements, string? keyId = null) =>
        new(MaterialAt(materialIndex), keyId ?? $"test-{Guid.NewGuid():N}", endorsements);

    private static RSA MaterialAt(int index)
    {
        lock (MaterialLock)
        {
            while (Material.Count <= index)
            {
                var generated = RSA.Create(2048);
                // Make the key now rather than lazily at first use, under the lock.
                generated.ExportParameters(includePrivateParameters: false);
                Material.Add(generated);
            }

            return Material[index];
        }
    }

    /// <summary>A key for signing that names <paramref name="keyId"/> in the token header (which need not be its own).</summary>
    public SecurityKey SecurityKey(string? keyId = null) => new RsaSecurityKey(rsa) { KeyId = keyId ?? KeyId };

    /// <summary>The public JWKS entry, shaped like login.botframework.com's.</summary>
    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }
}
