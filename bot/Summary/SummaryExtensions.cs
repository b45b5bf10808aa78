using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Summary;

public static class SummaryExtensions
{
    /// <summary>The living case summary (<c>summary</c>), redrawn in the background whenever the chronology grows.</summary>
    public static IHostApplicationBuilder AddCaseSummary(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SummaryCardStore>();
        builder.Services.AddScoped<CaseSummaryBuilder>();
        builder.Services.AddScoped<CaseSummaryPublisher>();
        builder.Services.AddScoped<ICaseView>(sp => sp.GetRequiredService<CaseSummaryPublisher>());
        builder.AddCaseViews();
        builder.Services.AddCommand<ShowSummary>("summary", "Post the case summary: referral, escalations, next meeting, latest entries, who holds what.");
        return builder;
    }
}
