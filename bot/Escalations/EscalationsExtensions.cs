using CaseCoordinatorBot.Calendar;
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
        return builder;
    }
}
