namespace CaseCoordinatorBot.Chronology;

public static class CaseViewsExtensions
{
    /// <summary>
    /// The background redraw of every <see cref="ICaseView"/> after a chronology entry. Safe to call from each feature
    /// that adds a view: the refresher is registered once.
    /// </summary>
    public static IHostApplicationBuilder AddCaseViews(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(CaseViewRefresher))) return builder;
        builder.Services.AddSingleton<CaseViewRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CaseViewRefresher>());
        builder.Services.AddSingleton<IChronologyObserver>(sp => sp.GetRequiredService<CaseViewRefresher>());
        return builder;
    }
}
