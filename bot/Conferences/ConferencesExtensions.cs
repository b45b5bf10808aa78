using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

public static class ConferencesExtensions
{
    /// <summary>
    /// Conferences and meetings of a case over <see cref="IMeetingCalendar"/> (registered by the Graph work; until
    /// then calls fail plainly and the cards say so). Call after <c>AddReferrals()</c> and <c>AddEscalations()</c>:
    /// it wraps the registered <see cref="IReferralEvents"/> so that a strategy-discussion decision requests one.
    /// </summary>
    public static IHostApplicationBuilder AddConferences(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConferenceOptions>().BindConfiguration(ConferenceOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConferenceOptions>, ConferenceOptionsValidator>());
        services.AddCalendar();
        services.TryAddSingleton<IMeetingCalendar, UnavailableMeetingCalendar>();
        services.AddSingleton<ConferenceRules>();
        services.AddSingleton<ConferenceStore>();
        services.AddScoped<Summary.INextMeeting, ConferenceNextMeeting>();
        services.AddScoped<MyWork.IWorkSource, ContributionWork>();
        services.AddScoped<IConferenceBooked, ProfessionalsOnlyPattern>();
        services.AddSingleton<ConferenceCardBuilder>();
        services.TryAddSingleton<CaseCoordinatorBot.Chronology.ChronologyStore>();
        services.AddSingleton<ConferenceChronology>();
        services.AddSingleton<ConferencePolling>();
        services.AddSingleton<ContributionStore>();
        services.AddSingleton<ContributionCardBuilder>();
        // Scoped: they hold the connector's typed HttpClient, which must not live as long as the app.
        services.AddScoped<ConferencePublisher>();
        services.AddScoped<ConferenceRequests>();
        services.AddScoped<ConferenceAccess>();
        services.AddTimerHandler<ConferencePollDue>();
        services.AddTimerHandler<ContributionsDue>();
        services.AddTimerHandler<ChairBriefingDue>();
        services.AddTimerHandler<ContributionsNudgeDue>();
        services.AddCommand<RequestConference>("conference",
            "Arrange a case meeting: strategy discussion, conference, core group... (children's social care, the chair, case leads).");
        services.AddVerb<FindSlots, ConferenceActionData>();
        services.AddVerb<PickSlot, ConferenceActionData>();
        services.AddVerb<CancelConference, ConferenceActionData>();
        services.AddVerb<OfferEscalation, ConferenceActionData>();
        services.AddVerb<SubmitContribution, ContributionData>();
        DecorateReferralEvents(services);
        return builder;
    }

    private static void DecorateReferralEvents(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IReferralEvents));
        if (inner is null) return;
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(IReferralEvents), sp => new StrategyDiscussionOnDecision(
            (IReferralEvents)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<StrategyDiscussionOnDecision>>()), inner.Lifetime));
    }
}
