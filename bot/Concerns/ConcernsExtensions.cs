using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Concerns;

public static class ConcernsExtensions
{
    /// <summary>Concern logging and the case chronology it writes to (<c>concern</c>, <c>chronology</c>, <c>verify</c>).</summary>
    public static IHostApplicationBuilder AddConcerns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EarlyConcernOptions>().BindConfiguration(EarlyConcernOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PatternAlertOptions>().BindConfiguration(PatternAlertOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ChronologyStore>();
        builder.Services.AddSingleton<ChronologyVerifier>();
        builder.Services.AddSingleton<ChronologyPages>();
        builder.Services.AddSingleton(_ => new PlainLanguageCheck(PlainLanguageCheck.LoadEmbedded()));
        builder.Services.AddCommand<StartConcern>("concern", "Log a concern about the child: what was seen or heard, in their own words.");
        builder.Services.AddVerb<SubmitConcern, SubmitConcernData>();
        builder.Services.AddScoped<CaseChannelPoster>();
        builder.Services.AddScoped<EarlyConcernFollowUp>();
        builder.Services.AddScoped<CscNotice>();
        builder.Services.AddTimerHandler<ReviewDue>();
        builder.Services.AddVerb<NewConcern, NewConcernData>();
        builder.Services.AddVerb<RecordReview, RecordReviewData>();
        builder.Services.AddOptions<PromptingOptions>().BindConfiguration(PromptingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PromptRhythm>();
        builder.Services.AddScoped<ICaseLinked>(sp => sp.GetRequiredService<PromptRhythm>());
        builder.Services.AddTimerHandler<PromptDue>();
        builder.Services.AddVerb<NothingNew, NothingNewData>();
        builder.Services.AddCommand<ShowChronology>("chronology", "See the case's shared chronology, newest first, filtered by agency or category.");
        builder.Services.AddVerb<PageChronology, PageChronologyData>();
        builder.Services.AddCommand<VerifyChronology>("verify", "Check that no entry of the chronology has been changed or removed.");
        builder.Services.AddSingleton<Siblings.SiblingStore>();
        builder.Services.AddScoped<Siblings.SiblingNotice>();
        builder.Services.AddCommand<Siblings.AskSiblingLink>("sibling", "Link this case with a brother's or sister's case (their professionals confirm).");
        builder.Services.AddVerb<Siblings.AnswerSiblingLink, Siblings.AnswerSiblingLinkData>();
        builder.Services.AddOptions<Monitoring.MonitoringOptions>().BindConfiguration(Monitoring.MonitoringOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Monitoring.MonitoringStore>();
        builder.Services.AddScoped<Monitoring.MonitoringClock>();
        builder.Services.AddScoped<MyWork.IWorkSource, Monitoring.MonitoringWork>();
        builder.Services.AddScoped<MyWork.IWorkSource, ReviewWork>();
        builder.Services.AddCommand<Monitoring.StartMonitoring>("monitor", "Set a monitoring period (end date, what must change, reviewer), or see the one running.");
        builder.Services.AddVerb<Monitoring.SetMonitoring, Monitoring.SetMonitoringData>();
        builder.Services.AddVerb<Monitoring.ReviewMonitoring, Monitoring.ReviewMonitoringData>();
        builder.Services.AddTimerHandler<Monitoring.MonitoringEndDue>();
        return builder;
    }
}
