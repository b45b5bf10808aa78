using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoordinatorBot.Protocol.Routing;

public static class RoutingExtensions
{
    public static IServiceCollection AddVerb<THandler, TData>(this IServiceCollection services)
        where THandler : class, IVerbHandler<TData>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new VerbRoute(THandler.Verb, typeof(TData),
            (provider, turn, data, ct) => provider.GetRequiredService<THandler>().HandleAsync(turn, (TData)data, ct)));
        return services;
    }

    /// <param name="description">Shown on the help card.</param>
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services, string command, string description)
        where THandler : class, ICommandHandler
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new CommandRoute(command, description, typeof(THandler)));
        return services;
    }

    public static IServiceCollection AddEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, IEventHandler
    {
        services.AddScoped<IEventHandler, THandler>();
        return services;
    }

    public static IServiceCollection AddBotRouting(this IServiceCollection services)
    {
        services.TryAddSingleton<RouteTable>();
        services.TryAddScoped<ActivityRouter>();
        return services;
    }
}
