using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// A working day's poll of a booked meeting: the replies are read back from the calendar and stored; when CSC or
/// education has declined, quorum is at risk, or (close to the meeting) a required agency has not accepted, the chair
/// is warned in the case channel once per risk and offered the escalation. A meeting cancelled in the calendar itself
/// is recorded as cancelled. A transient calendar failure throws, so that the sweeper tries again later.
/// </summary>
public sealed class ConferencePollDue(ConferenceStore store, CaseStore cases, IMeetingCalendar calendar, ConferenceCardBuilder build,
    ConferencePublisher publisher, ConferenceChronology chronology, ConferencePolling polling, WorkingDayCalendar days,
    IOptions<ConferenceOptions> options, TimeProvider clock, ILogger<ConferencePollDue> logger) : ITimerHandler
{
    public static string Kind => "conference.poll";

    private static readonly ConferencePerson Bot = new("bot", "Case Coordinator Bot", Agency.Other);

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var poll = timer.PayloadAs<ConferencePoll>();
        var conference = await store.FindAsync(poll.CaseRef, poll.ConferenceId, cancellationToken);
        if (conference is not { Status: ConferenceStatus.Scheduled, Meeting: { } meeting }) return;
        var file = await cases.FindCaseAsync(conference.CaseRef, cancellationToken);
        if (file is null) return;

        MeetingState state;
        try
        {
            state = await calendar.GetMeetingAsync(meeting.OrganiserMailbox, meeting.EventId, cancellationToken);
        }
        catch (MeetingCalendarException ex)
        {
            Log.CalendarFailed(logger, conference.CaseRef, conference.Id, "poll", ex.StatusCode ?? 0, ex.IsTransient);
            if (ex.IsTransient) throw;
            await polling.ScheduleNextAsync(conference, cancellationToken);
            return;
        }

        var now = clock.GetUtcNow();
        if (state.IsCancelled)
        {
            var cancelled = await store.UpdateAsync(conference.CaseRef, conference.Id, c => c.Status == ConferenceStatus.Scheduled
                ? c with { Status = ConferenceStatus.Cancelled, Replies = state.Replies, Cancellation = new ConferenceCancellation(now, Bot, "Cancelled in the organiser's calendar, outside the bot.") }
                : c, cancellationToken);
            await chronology.RecordAsync(cancelled, "cancelled in the calendar", "The meeting was cancelled in the organiser's calendar.", Bot, now, "cancelled", cancellationToken);
            await WarnAsync(file, cancelled, [new MeetingRisk("cancelled", "The meeting was cancelled in the organiser's calendar, without a reason recorded here.")], cancellationToken);
            return;
        }

        var rule = build.Rules.Rule(conference.Type);
        var close = days.WorkingDaysBetween(days.Today, days.LocalDay(meeting.Start)) <= options.Value.WarnWorkingDaysBefore;
        var risks = MeetingRisks.Assess(rule, build.RequiredAgencies(conference), conference.Invitees, state.Replies, close);
        var fresh = risks.Where(r => !conference.WarnedRisks.Contains(r.Code)).ToArray();
        var updated = await store.UpdateAsync(conference.CaseRef, conference.Id, c => c with { Replies = state.Replies }, cancellationToken);
        if (fresh.Length > 0)
        {
            // Posted before it is marked as warned: a poll repeated after a failure may warn twice, but never not at all.
            await WarnAsync(file, updated, fresh, cancellationToken);
            updated = await store.UpdateAsync(conference.CaseRef, conference.Id,
                c => c with { WarnedRisks = [.. c.WarnedRisks.Union(fresh.Select(r => r.Code))] }, cancellationToken);
            Log.ChairWarned(logger, conference.CaseRef, conference.Id, fresh.Length);
            await chronology.RecordAsync(updated, "chair warned", string.Join(" ", fresh.Select(r => r.Text)), Bot, now,
                "warned:" + string.Join(",", fresh.Select(r => r.Code)), cancellationToken);
        }
        await polling.ScheduleNextAsync(updated, cancellationToken);
    }

    private Task WarnAsync(CaseFile file, Conference conference, IReadOnlyList<MeetingRisk> risks, CancellationToken cancellationToken) =>
        publisher.PostAsync(file, "conferences/risk", build.Risk(conference, ConferenceRules.Chair(file), risks), cancellationToken);
}
