using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Plans;

public static class PlansExtensions
{
    /// <summary>The child's plan (<c>plan</c>): actions with owners, due days and outcomes; updates by owners; overdue nudges.</summary>
    public static IHostApplicationBuilder AddPlans(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PlanStore>();
        builder.Services.AddScoped<PlanCardBuilder>();
        builder.Services.AddScoped<PlanChronology>();
        builder.Services.AddScoped<PlanTimers>();
        builder.Services.AddCommand<ShowPlan>("plan", "The child's plan: each agency's actions, owners, due dates and outcomes.");
        builder.Services.AddVerb<AddPlanAction, AddPlanActionData>();
        builder.Services.AddVerb<UpdatePlanAction, UpdatePlanActionData>();
        builder.Services.AddTimerHandler<PlanActionDue>();
        builder.Services.AddScoped<MyWork.IWorkSource, PlanWork>();
        builder.Services.AddScoped<Conferences.IConferenceBooked, PlanAtCoreGroup>();
        builder.Services.AddTimerHandler<PlanAtCoreGroupDue>();
        return builder;
    }
}
