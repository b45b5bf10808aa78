using CaseCoordinatorBot.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

public static class ConferencesExtensions
{
    /// <summary>
    /// Conferences and meetings of a case over <see cref="IMeetingCalendar"/> (registered by the Graph work; until
    /// then "Find slots" says the calendar is not available). Call after <c>AddReferrals()</c> and
    /// <c>AddEscalations()</c>: it wraps the referrals' <c>IReferralEvents</c> to start a strategy discussion.
    /// </summary>
    public static IHostApplicationBuilder AddConferences(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConferenceOptions>().BindConfiguration(ConferenceOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConferenceOptions>, ConferenceOptionsValidator>());
        services.AddCalendar();
        services.AddSingleton<ConferenceRules>();
        services.AddSingleton<ConferenceStore>();
        return builder;
    }
}
