using System.Text.Json;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Concerns;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Plans;

/// <summary>What the core group timer carries: the meeting, and the start it was set for (a meeting moved since is another).</summary>
public sealed record CoreGroupPlanTimer(string CaseRef, string ConferenceId, DateTimeOffset Start);

/// <summary>
/// Core groups open with the plan's status: when one is booked, a timer is set for a quarter of an hour before it starts,
/// and then the plan as it stands is posted in the case channel, for the group to begin with what is done, overdue and blocked.
/// </summary>
public sealed class PlanAtCoreGroup(ITimerScheduler timers, TimeProvider clock) : IConferenceBooked
{
    public static readonly TimeSpan Ahead = TimeSpan.FromMinutes(15);

    public async Task BookedAsync(Conference booked, CancellationToken cancellationToken)
    {
        if (booked.Type != MeetingType.CoreGroup || booked.Meeting is not { } meeting) return;
        var at = meeting.Start - Ahead > clock.GetUtcNow() ? meeting.Start - Ahead : clock.GetUtcNow();
        await timers.ScheduleAsync(new TimerRequest($"plan-core-group-{StorageKey.Hash($"{booked.Id}\n{meeting.Start.UtcTicks}")}",
            PlanAtCoreGroupDue.Kind, at, JsonSerializer.SerializeToElement(new CoreGroupPlanTimer(booked.CaseRef, booked.Id, meeting.Start),
                StorageJson.Options)), cancellationToken);
    }
}

/// <summary>The core group is about to start: the plan's status goes to the case channel, unless the meeting was cancelled or moved.</summary>
public sealed class PlanAtCoreGroupDue(CaseStore cases, ConferenceStore conferences, PlanStore plans, PlanCardBuilder build,
    CaseChannelPoster poster, ILogger<PlanAtCoreGroupDue> logger) : ITimerHandler
{
    public static string Kind => "plan.coreGroup";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<CoreGroupPlanTimer>();
        if (await conferences.FindAsync(due.CaseRef, due.ConferenceId, cancellationToken) is not
            { Status: ConferenceStatus.Scheduled, Meeting: { } meeting } || meeting.Start != due.Start) return;
        if (await cases.FindCaseAsync(due.CaseRef, cancellationToken) is not { } file) return;
        var plan = await plans.FindAsync(file.CaseRef, cancellationToken);
        await poster.PostCardAsync(file, PlanCardBuilder.Template, build.Card(file, plan,
            notice: $"The core group starts {Common.DisplayTime.Format(meeting.Start)}: it opens with the plan as it stands."), cancellationToken);
        Log.CoreGroupOpened(logger, file.CaseRef, due.ConferenceId, plan.Actions.Count);
    }
}
