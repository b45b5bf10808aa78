using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Chat;

public static class ChatExtensions
{
    /// <summary>
    /// Plain questions: a message that is no exact command goes to the intent matcher (<c>bot/Chat/intents.json</c>)
    /// before the help card. Call after <c>AddCommonCommands()</c>, whose unknown-command answer it falls back to.
    /// </summary>
    public static IHostApplicationBuilder AddChat(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(IFallbackHandler)))
            throw new InvalidOperationException("AddChat() comes after AddCommonCommands(): questions that match nothing fall back to its help card.");
        services.AddOptions<IntentMatcherOptions>().BindConfiguration(IntentMatcherOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsConsistent, $"{IntentMatcherOptions.Section}:SuggestScore must not be above AcceptScore.")
            .ValidateOnStart();
        services.TryAddSingleton(_ => IntentTable.LoadEmbedded());
        services.TryAddSingleton(sp => new IntentMatcher(
            sp.GetRequiredService<IntentTable>(),
            sp.GetRequiredService<RouteTable>().Commands,
            sp.GetRequiredService<IOptions<IntentMatcherOptions>>().Value));
        services.AddHostedService<IntentsStartup>();
        services.TryAddScoped<IntentCommands>();
        services.TryAddScoped<UnknownCommand>();
        // Registered last, so it is the fallback the router resolves; UnknownCommand stays behind it.
        services.AddScoped<IFallbackHandler, PlainQuestion>();
        services.AddVerb<ChooseSuggestion, ChooseSuggestionData>();
        return builder;
    }
}
