using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Concerns;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.Plans;

/// <summary>
/// An action's due day has ended and it is not done: its owner is nudged in the case channel (case reference and
/// initials, the action's number, the owner: never what the action says), and reminded once more after the grace.
/// An action done, or gone, since finds nothing to do.
/// </summary>
public sealed class PlanActionDue(CaseStore cases, PlanStore plans, PlanTimers timers, CaseChannelPoster poster, ILogger<PlanActionDue> logger)
    : ITimerHandler
{
    public static string Kind => "plan.actionDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<PlanActionTimer>();
        if (await cases.FindCaseAsync(due.CaseRef, cancellationToken) is not { } file) return;
        if ((await plans.FindAsync(due.CaseRef, cancellationToken)).Find(due.Number) is not { IsOpen: true } action) return;

        // The reminder is set before the post: a failed post is retried by this timer, and setting it twice sets it once.
        if (!due.Reminder) await timers.ScheduleReminderAsync(file.CaseRef, action, timer.DueAt, cancellationToken);
        var owner = $"{action.OwnerName} ({CaseVocabulary.Title(action.OwnerAgency)})";
        await poster.PostTextAsync(file, due.Reminder
            ? $"{file.CaseRef} ({file.Initials}): reminder: plan action #{action.Number} is still overdue. {owner}, please update it: type 'plan'."
            : $"{file.CaseRef} ({file.Initials}): plan action #{action.Number} is overdue (it was due {Common.DisplayTime.Day(action.Due)}). {owner}, please update it, or say what blocks it: type 'plan'.",
            cancellationToken);
        Log.Nudged(logger, file.CaseRef, action.Number, due.Reminder);
    }
}
