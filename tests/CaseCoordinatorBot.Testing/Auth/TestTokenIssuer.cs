using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// A stand-in for login.botframework.com on loopback: serves OpenID metadata and a JWKS of its own RSA keys,
/// counts the fetches, can rotate a new key in after start, and signs tokens. Point <c>Bot:OpenIdMetadataUrl</c>
/// at <see cref="MetadataUrl"/>.
/// </summary>
/// <remarks>
/// Token times come from <see cref="Clock"/>. IdentityModel checks lifetimes against the system clock whatever
/// the application's <see cref="TimeProvider"/> is, so keep the default unless the validating side agrees.
/// </remarks>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string TeamsChannel = "msteams";
    public const string OtherChannel = "webchat";
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string JwksPath = "/v1/.well-known/keys";

    private readonly WebApplication server;
    private readonly Lock keysLock = new();
    private int keysMade;
    private List<TestSigningKey> publishedKeys = [];
    private int metadataFetches;
    private int jwksFetches;

    private TestTokenIssuer(WebApplication server, TimeProvider clock)
    {
        this.server = server;
        Clock = clock;
        EndorsedKey = Publish(NewKey([TeamsChannel]));
        UnendorsedKey = Publish(NewKey(endorsements: null));
        OtherChannelKey = Publish(NewKey([OtherChannel]));
        StrangerKey = NewKey([TeamsChannel]);
    }

    public TimeProvider Clock { get; }

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + MetadataPath;

    public string JwksUrl => BaseUrl + JwksPath;

    /// <summary>Published, endorsed for <see cref="TeamsChannel"/>: the key legitimate tokens are signed with.</summary>
    public TestSigningKey EndorsedKey { get; }

    /// <summary>Published, with no <c>endorsements</c> property.</summary>
    public TestSigningKey UnendorsedKey { get; }

    /// <summary>Published, endorsed for <see cref="OtherChannel"/> only.</summary>
    public TestSigningKey OtherChannelKey { get; }

    /// <summary>Never published, not even after a refresh.</summary>
    public TestSigningKey StrangerKey { get; }

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int JwksFetches => Volatile.Read(ref jwksFetches);

    public IReadOnlyList<TestSigningKey> PublishedKeys
    {
        get
        {
            lock (keysLock)
            {
                return publishedKeys;
            }
        }
    }

    public static async Task<TestTokenIssuer> StartAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app, clock ?? TimeProvider.System);
        app.MapGet(MetadataPath, issuer.Metadata);
        app.MapGet(JwksPath, issuer.Jwks);
        await app.StartAsync(cancellationToken);
        issuer.BaseUrl = app.Urls.First().TrimEnd('/');
        return issuer;
    }

    /// <summary>Publishes a new key (endorsed for <see cref="TeamsChannel"/> unless told otherwise), as a key rollover would.</summary>
    public TestSigningKey RotateInKey(IReadOnlyList<string>? endorsements = null) =>
        Publish(NewKey(endorsements ?? [TeamsChannel]));

    public string CreateToken(TokenSpec spec)
    {
        var key = spec.Key ?? EndorsedKey;
        return Sign(spec, new SigningCredentials(key.SecurityKey(spec.KeyIdInHeader), spec.Algorithm));
    }

    /// <summary>Signs with any credentials, including symmetric ones; null credentials make an unsigned (<c>alg: none</c>) token.</summary>
    public string Sign(TokenSpec spec, SigningCredentials? credentials)
    {
        var now = Clock.GetUtcNow();
        var claims = new Dictionary<string, object>(spec.ExtraClaims ?? new Dictionary<string, object>());
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = (spec.IssuedAt ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (spec.NotBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = spec.WithoutExpiry ? null : (spec.Expires ?? now.AddHours(1)).UtcDateTime,
            IncludeKeyIdInHeader = !spec.WithoutKeyId,
            Claims = claims,
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private IResult Metadata()
    {
        Interlocked.Increment(ref metadataFetches);
        return Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = JwksUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Jwks()
    {
        Interlocked.Increment(ref jwksFetches);
        return Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(PublishedKeys.Select(key => (JsonNode?)key.ToJwk()).ToArray()),
        });
    }

    private TestSigningKey NewKey(IReadOnlyList<string>? endorsements)
    {
        lock (keysLock)
        {
            return TestSigningKey.Create(keysMade++, endorsements);
        }
    }

    private TestSigningKey Publish(TestSigningKey key)
    {
        lock (keysLock)
        {
            // Replaced, not mutated, so that a JWKS being written never sees a list change under it.
            publishedKeys = [.. publishedKeys, key];
        }

        return key;
    }
}
