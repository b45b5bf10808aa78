using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Registers <see cref="ITimerScheduler"/> and the <see cref="TimerSweeper"/> hosted service. Needs storage
    /// (<c>AddBotStorage</c>) first; features add their handlers with <see cref="AddTimerHandler{T}"/>.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScheduling();
        return builder;
    }

    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TimerHandlers>();
        services.TryAddSingleton<ITimerScheduler, BlobTimerScheduler>();
        services.TryAddSingleton<TimerSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerSweeper>());
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> (scoped) as the handler of its <c>Kind</c>.</summary>
    public static IServiceCollection AddTimerHandler<THandler>(this IServiceCollection services)
        where THandler : class, ITimerHandler
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new TimerHandlerRoute(THandler.Kind, typeof(THandler)));
        return services;
    }
}
