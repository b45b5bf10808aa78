using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Summary;

namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// The case summary's "next meeting": the earliest booked meeting still to come, else the earliest one requested and
/// not yet booked (with its due date, because an unbooked conference is what drifts).
/// </summary>
public sealed class ConferenceNextMeeting(ConferenceStore store, Calendar.WorkingDayCalendar calendar, TimeProvider clock) : INextMeeting
{
    public async Task<string?> DescribeNextAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var meetings = await store.ListAsync(file.CaseRef, cancellationToken);
        if (meetings.Where(m => m.Status == ConferenceStatus.Scheduled && m.Start > now).MinBy(m => m.Start) is { } booked)
            return $"{ConferenceVocabulary.Title(booked.Type)}, {DisplayTime.Format(booked.Start!.Value)}";
        if (meetings.FirstOrDefault(m => m.Status == ConferenceStatus.Requested) is { } requested
            && await store.FindAsync(file.CaseRef, requested.Id, cancellationToken) is { } conference)
            return $"{ConferenceVocabulary.Title(conference.Type)}: not booked yet, due {calendar.Describe(conference.DueBy)}";
        return null;
    }
}
