using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// The data set of legitimate and forged or defective inbound tokens, independent of any host: each variant
/// is made from a <see cref="TestTokenIssuer"/> and a <see cref="TokenScenario"/>. Times come from the
/// issuer's clock when the request is made, so make the request straight away.
/// </summary>
public static class TokenVariants
{
    public const string AttackerServiceUrl = "https://attacker.example.com/";

    public static IReadOnlyList<TokenVariant> All { get; } =
    [
        Accept("legitimate", (issuer, s) => Bearer(issuer.CreateToken(Valid(s)), s)),
        Accept("legitimate-rs512", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Algorithm = SecurityAlgorithms.RsaSha512 }), s)),
        Accept("expired-within-skew", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with
        {
            IssuedAt = issuer.Clock.GetUtcNow().AddMinutes(-64),
            NotBefore = issuer.Clock.GetUtcNow().AddMinutes(-64),
            Expires = issuer.Clock.GetUtcNow().AddMinutes(-4),
        }), s)),
        Accept("serviceurl-differs-in-case-and-trailing-slash", (issuer, s) =>
            Bearer(issuer.CreateToken(Valid(s) with { ServiceUrl = ToggleSlash(s.ServiceUrl).ToUpperInvariant() }), s)),

        Forge("wrong-audience", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Audience = "00000000-0000-0000-0000-00000000dead" }), s)),
        Forge("wrong-issuer", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Issuer = "https://sts.windows.net/attacker/" }), s)),
        Forge("expired-beyond-skew", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with
        {
            IssuedAt = issuer.Clock.GetUtcNow().AddMinutes(-70),
            NotBefore = issuer.Clock.GetUtcNow().AddMinutes(-70),
            Expires = issuer.Clock.GetUtcNow().AddMinutes(-10),
        }), s)),
        Forge("not-yet-valid-beyond-skew", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with
        {
            IssuedAt = issuer.Clock.GetUtcNow().AddMinutes(10),
            NotBefore = issuer.Clock.GetUtcNow().AddMinutes(10),
            Expires = issuer.Clock.GetUtcNow().AddMinutes(70),
        }), s)),
        Forge("no-expiry", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { WithoutExpiry = true }), s)),
        Forge("alg-none", (issuer, s) => Bearer(issuer.Sign(Valid(s), credentials: null), s)),
        Forge("hs256-signed-with-public-key", (issuer, s) => Bearer(issuer.Sign(Valid(s), new SigningCredentials(
            new SymmetricSecurityKey(issuer.EndorsedKey.PublicKeyBytes) { KeyId = issuer.EndorsedKey.KeyId },
            SecurityAlgorithms.HmacSha256)), s)),
        Forge("ps256-by-published-key", (issuer, s) =>
            Bearer(issuer.CreateToken(Valid(s) with { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }), s)),
        Forge("unknown-key", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Key = issuer.StrangerKey }), s)),
        Forge("published-kid-signed-by-other-key", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with
        {
            Key = issuer.StrangerKey,
            KeyIdInHeader = issuer.EndorsedKey.KeyId,
        }), s)),
        Forge("no-kid", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { WithoutKeyId = true }), s)),
        Forge("tampered-payload", (issuer, s) =>
        {
            // The signed token is for the attacker's service URL; the payload is then edited to claim the real one.
            var token = issuer.CreateToken(Valid(s) with { ServiceUrl = AttackerServiceUrl });
            return Bearer(EditPayload(token, payload => payload["serviceurl"] = s.ServiceUrl), s);
        }),
        Forge("tampered-signature", (issuer, s) => Bearer(FlipSignature(issuer.CreateToken(Valid(s))), s)),
        Forge("serviceurl-mismatch", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { ServiceUrl = AttackerServiceUrl }), s)),
        Forge("serviceurl-claim-missing", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { ServiceUrl = null }), s)),
        Forge("endorsement-missing", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Key = issuer.UnendorsedKey }), s)),
        Forge("endorsement-for-other-channel", (issuer, s) => Bearer(issuer.CreateToken(Valid(s) with { Key = issuer.OtherChannelKey }), s)),
        Forge("no-authorization-header", (_, s) => new TokenRequest(null, s.ServiceUrl, s.ChannelId)),
        Forge("non-bearer-scheme", (issuer, s) => new TokenRequest("Basic " + issuer.CreateToken(Valid(s)), s.ServiceUrl, s.ChannelId)),
        Forge("empty-bearer", (_, s) => new TokenRequest("Bearer ", s.ServiceUrl, s.ChannelId)),
        Forge("garbage-token", (_, s) => new TokenRequest("Bearer not.a.jwt", s.ServiceUrl, s.ChannelId)),
    ];

    public static IReadOnlyList<TokenVariant> Forged { get; } = All.Where(v => !v.Accepted).ToArray();

    public static IReadOnlyList<TokenVariant> Accepted { get; } = All.Where(v => v.Accepted).ToArray();

    public static TokenVariant Get(string name) =>
        All.SingleOrDefault(v => v.Name == name) ?? throw new ArgumentException($"No token variant named '{name}'.", nameof(name));

    /// <summary>The token a legitimate channel would send for <paramref name="scenario"/>.</summary>
    public static TokenSpec Valid(TokenScenario scenario) => new() { Audience = scenario.AppId, ServiceUrl = scenario.ServiceUrl };

    private static TokenVariant Accept(string name, Func<TestTokenIssuer, TokenScenario, TokenRequest> create) => new(name, true, create);

    private static TokenVariant Forge(string name, Func<TestTokenIssuer, TokenScenario, TokenRequest> create) => new(name, false, create);

    private static TokenRequest Bearer(string token, TokenScenario scenario) => new("Bearer " + token, scenario.ServiceUrl, scenario.ChannelId);

    private static string ToggleSlash(string url) => url.EndsWith('/') ? url[..^1] : url + "/";

    private static string EditPayload(string token, Action<JsonObject> edit)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        edit(payload);
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }

    private static string FlipSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        parts[2] = Base64UrlEncoder.Encode(signature);
        return string.Join('.', parts);
    }
}
