using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoordinatorBot.Protocol.Auth;

public static class BotAuthenticationExtensions
{
    /// <summary>
    /// Inbound authentication of Bot Framework requests: options from <c>Bot</c> validated at start-up, the
    /// mode (authenticated or anonymous local), JWT bearer against the Bot Framework OpenID metadata, the
    /// anonymous loopback scheme, the <see cref="BotAuthDefaults.Policy"/> policy and <see cref="ActivityTokenChecks"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthOptions>().BindConfiguration(BotAuthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Decided from the final configuration (tests and hosts may add to it after this call); the validator
        // has already refused a configuration for which this would throw.
        services.AddSingleton(provider =>
        {
            var (mode, problem) = BotAuthMode.Decide(
                provider.GetRequiredService<IOptions<BotAuthOptions>>().Value,
                ListenAddresses.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
            return mode ?? throw new InvalidOperationException(problem);
        });
        services.AddHostedService<BotAuthStartupCheck>();

        services.AddHttpClient(BotAuthDefaults.MetadataHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BotAuthOptions>>().Value;
            return new BotOpenIdConfigurationManager(
                options.OpenIdMetadataUrl,
                requireHttps: !options.MetadataOverLoopbackHttp,
                provider.GetRequiredService<IHttpClientFactory>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<BotOpenIdConfigurationManager>>());
        });
        services.AddSingleton<ActivityTokenChecks>();

        services.AddAuthentication()
            .AddJwtBearer(BotAuthDefaults.JwtScheme)
            .AddScheme<AuthenticationSchemeOptions, AnonymousLocalHandler>(BotAuthDefaults.AnonymousLocalScheme, null);
        services.AddOptions<JwtBearerOptions>(BotAuthDefaults.JwtScheme)
            .Configure<IOptions<BotAuthOptions>, BotOpenIdConfigurationManager, ILoggerFactory>(ConfigureJwtBearer);

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<BotAuthMode>((authorization, mode) =>
            authorization.AddPolicy(BotAuthDefaults.Policy, policy => policy
                .AddAuthenticationSchemes(mode.IsAnonymousLocal ? BotAuthDefaults.AnonymousLocalScheme : BotAuthDefaults.JwtScheme)
                .RequireAuthenticatedUser()));

        // The handler's own failure log carries the exception, whose message can quote parts of the token;
        // BotJwtBearerEvents logs the exception type instead.
        builder.Logging.AddFilter(typeof(JwtBearerHandler).FullName, LogLevel.Warning);
        return builder;
    }

    private static void ConfigureJwtBearer(JwtBearerOptions jwt, IOptions<BotAuthOptions> botOptions,
        BotOpenIdConfigurationManager signingKeys, ILoggerFactory loggers)
    {
        var options = botOptions.Value;
        jwt.ConfigurationManager = signingKeys;
        jwt.MapInboundClaims = false;
        jwt.IncludeErrorDetails = false;
        jwt.SaveToken = false;
        // The token handler already refreshes and retries within the request when the configuration manager is
        // a BaseConfigurationManager; a second request for a refresh here would only be rate-limited away.
        jwt.RefreshOnIssuerKeyNotFound = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = options.EffectiveIssuers,
            ValidAudience = options.MicrosoftAppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            ClockSkew = options.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            // Bot Framework tokens always name their key; a token without a matching kid is not tried against every key.
            TryAllIssuerSigningKeys = false,
        };
        jwt.Events = new BotJwtBearerEvents(loggers.CreateLogger(typeof(BotJwtBearerEvents).FullName!));
    }
}
