using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Escalations;

public static class StalledWorkDigestExtensions
{
    /// <summary>
    /// The weekly stalled-work digest to every agency desk (<see cref="StalledWorkDigestOptions"/>). Call after
    /// <c>AddScheduling()</c>, <c>AddReferrals()</c> and <c>AddEscalations()</c>: it wraps the timer scheduler so that
    /// items are indexed for the digest as their timers are set.
    /// </summary>
    public static IHostApplicationBuilder AddStalledWorkDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStalledWorkDigest();
        return builder;
    }

    /// <summary>Registers the digest once; a second call (the app and a test both adding it) changes nothing.</summary>
    public static IServiceCollection AddStalledWorkDigest(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(StalledWorkDigestIndex))) return services;
        services.AddOptions<StalledWorkDigestOptions>().BindConfiguration(StalledWorkDigestOptions.Section)
            .Validate(o => StalledWorkDigestOptions.Problem(o) is null, "Escalations:StalledWorkDigest:Day must be a weekday, Monday to Friday.")
            .ValidateOnStart();
        services.TryAddSingleton<StalledWorkDigestIndex>();
        services.TryAddSingleton<StalledWorkDigestSchedule>();
        services.TryAddSingleton<StalledWorkDigest>();

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(ITimerScheduler));
        services.Replace(ServiceDescriptor.Singleton<ITimerScheduler>(sp => new StalledWorkDigestIndexing(
                Inner(sp, inner), sp.GetRequiredService<StalledWorkDigestIndex>(), sp.GetRequiredService<StalledWorkDigestSchedule>(),
                sp.GetRequiredService<ReferralStore>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<StalledWorkDigestIndexing>>())));
        services.AddTimerHandler<StalledWorkDigestDue>();
        services.AddTimerHandler<StalledWorkDigestDeskDue>();
        return services;
    }

    private static ITimerScheduler Inner(IServiceProvider services, ServiceDescriptor? registered) => registered switch
    {
        { ImplementationInstance: ITimerScheduler instance } => instance,
        { ImplementationFactory: { } factory } => (ITimerScheduler)factory(services),
        { ImplementationType: { } type } => (ITimerScheduler)ActivatorUtilities.CreateInstance(services, type),
        _ => ActivatorUtilities.CreateInstance<BlobTimerScheduler>(services),
    };
}
