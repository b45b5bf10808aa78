using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Escalations;

public static class EscalationsExtensions
{
    /// <summary>
    /// Professional-disagreement escalations over the local policy of <see cref="EscalationOptions"/>, checked at
    /// start-up. Call after <c>AddReferrals()</c>: it replaces the referrals' no-op escalation starter.
    /// </summary>
    public static IHostApplicationBuilder AddEscalations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EscalationOptions>, EscalationOptionsValidator>());
        services.AddCalendar();
        services.TryAddSingleton(sp => EscalationPolicyLoader.Load(sp.GetRequiredService<IOptions<EscalationOptions>>().Value.FullPolicyFile));
        services.TryAddSingleton<EscalationClock>();
        services.AddSingleton<EscalationStore>();
        services.AddSingleton<EscalationCardBuilder>();
        services.AddScoped<MyWork.IWorkSource, EscalationWork>();
        // Scoped: they hold the connector's typed HttpClient, which must not live as long as the app.
        services.AddScoped<EscalationPublisher>();
        services.AddScoped<EscalationChanges>();
        services.AddScoped<EscalationAction>();
        // The desk-to-case index is the digest's (AddStalledWorkDigest registers it, and does nothing if it is there already);
        // without the digest the same documents are read through an index of our own.
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<EscalationOwnerReach>(sp,
            sp.GetService<StalledWorkDigestIndex>() ?? ActivatorUtilities.CreateInstance<StalledWorkDigestIndex>(sp)));
        services.AddScoped<EscalationOwnerCopies>();
        services.Replace(ServiceDescriptor.Scoped<IEscalationStarter, ChallengeEscalationStarter>());
        services.AddTimerHandler<EscalationStageDue>();
        services.AddCommand<StartEscalation>("escalate", "Escalate a professional disagreement on this case under the local escalation policy.");
        services.AddVerb<RaiseEscalation, RaiseEscalationData>();
        services.AddVerb<RespondToEscalation, EscalationActionData>();
        services.AddVerb<AcceptResolution, EscalationActionData>();
        services.AddVerb<EscalateToNextStage, EscalationActionData>();
        return builder;
    }
}
