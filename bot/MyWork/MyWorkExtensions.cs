using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.MyWork;

public static class MyWorkExtensions
{
    /// <summary>
    /// <c>my work</c>, the home card of the personal app, and the morning digest. Features add what they hold as
    /// <see cref="IWorkSource"/> registrations of their own.
    /// </summary>
    public static IHostApplicationBuilder AddMyWork(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DigestStore>();
        builder.Services.AddScoped<CaseWorkView>();
        builder.Services.AddScoped<ICaseView>(sp => sp.GetRequiredService<CaseWorkView>());
        builder.AddCaseViews();
        builder.Services.AddScoped<MyWorkBuilder>();
        builder.Services.AddScoped<MyWorkCardBuilder>();
        builder.Services.AddScoped<MorningDigest>();
        builder.Services.AddScoped<DigestChanges>();
        builder.Services.AddCommand<ShowMyWork>("my work", "See what is waiting for you across your cases, most urgent first.");
        builder.Services.AddScoped<IPersonalWelcome>(sp => sp.GetRequiredService<ShowMyWork>());
        builder.Services.AddVerb<OpenWorkItem, OpenWorkItemData>();
        builder.Services.AddVerb<ChangeDigest, ChangeDigestData>();
        builder.Services.AddCommand<DigestCommand>("digest", "Your morning digest: 'digest off', 'digest on', or 'digest 07:30'.");
        builder.Services.AddTimerHandler<MorningDigestDue>();
        return builder;
    }
}
