using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.Referrals;

public static class ReferralsExtensions
{
    /// <summary>
    /// Referrals to the CSC front door and their status loop. The chronology, the working-day calendar, the durable
    /// timers and the escalation work replace <see cref="IReferralEvents"/>, <see cref="IReferralDeadlines"/>,
    /// <see cref="IReferralReminders"/> and <see cref="IEscalationStarter"/> by registering their own before this
    /// call (the defaults are TryAdd), or by replacing them after it.
    /// </summary>
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<IReferralEvents, ChronologyReferralEvents>();
        services.TryAddSingleton<IReferralDeadlines, CalendarReferralDeadlines>();
        services.TryAddSingleton<IEscalationStarter, NoEscalationStarter>();
        services.TryAddSingleton<IReferralReminders, TimerReferralReminders>();
        services.AddTimerHandler<ReferralReminderDue>();
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<ReferralCardBuilder>();
        services.AddScoped<MyWork.IWorkSource, ReferralWork>();
        services.AddSingleton<ReferralConcernPicker>();
        services.AddScoped<ReferralFormAccess>();
        // Scoped: it holds the connector's typed HttpClient, which must not live as long as the app.
        services.AddScoped<ReferralPublisher>();
        services.AddScoped<CscDeskAccess>();
        services.AddScoped<ReferralChanges>();
        services.AddCommand<StartReferral>("refer", "Refer this child to a children's social care front door (school safeguarding leads).");
        services.AddCommand<ShowReferralStatus>("status", "Ask children's social care for an update on this case's referral.");
        services.AddVerb<SubmitReferral, SubmitReferralData>();
        services.AddVerb<PrefillReferral, SubmitReferralData>();
        services.AddVerb<AcknowledgeReferral, ReferralActionData>();
        services.AddVerb<DecideReferral, DecideReferralData>();
        services.AddVerb<AskForUpdate, AskForUpdateData>();
        services.AddVerb<AnswerStatusRequest, AnswerStatusRequestData>();
        services.AddVerb<ChallengeDecision, ChallengeDecisionData>();
        return builder;
    }
}
