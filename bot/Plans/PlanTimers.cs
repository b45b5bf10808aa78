using System.Text.Json;
using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Plans;

/// <summary>An action's due timer (close of business on its due day) and, once it is overdue, one reminder after the grace.</summary>
public sealed class PlanTimers(ITimerScheduler timers, WorkingDayCalendar calendar, IOptions<PlanOptions> options)
{
    public static string Id(string caseRef, int number, bool reminder) =>
        $"plan-action-{StorageKey.Hash($"{caseRef}\n{number}")}" + (reminder ? "-reminder" : "");

    public Task ScheduleDueAsync(string caseRef, PlanAction action, CancellationToken cancellationToken) =>
        ScheduleAsync(new PlanActionTimer(caseRef, action.Number, false), calendar.CloseOfBusinessOn(action.Due), cancellationToken);

    public Task ScheduleReminderAsync(string caseRef, PlanAction action, DateTimeOffset nudgedAt, CancellationToken cancellationToken) =>
        ScheduleAsync(new PlanActionTimer(caseRef, action.Number, true),
            calendar.DeadlineAfter(nudgedAt, options.Value.ReminderAfterWorkingDays), cancellationToken);

    private Task ScheduleAsync(PlanActionTimer timer, DateTimeOffset due, CancellationToken cancellationToken) =>
        timers.ScheduleAsync(new TimerRequest(Id(timer.CaseRef, timer.Number, timer.Reminder), PlanActionDue.Kind, due,
            JsonSerializer.SerializeToElement(timer, StorageJson.Options)), cancellationToken);
}
