using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Concerns;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Data of <c>cards/conferences/process-check.json</c>.</summary>
public sealed record ProcessCheckCard(string CaseRef, string Initials, string Chair, string ConferenceId);

/// <summary>
/// A second professionals-only meeting in a row is a sign that the conference process itself is not working (frank
/// sharing impossible with a hostile parent present, so professionals keep meeting around it): the chair is asked, in
/// the case channel, whether to escalate that.
/// </summary>
public sealed class ProfessionalsOnlyPattern(ConferenceStore store, CaseStore cases, CaseChannelPoster poster, ILogger<ProfessionalsOnlyPattern> logger)
    : IConferenceBooked
{
    public const string Template = "conferences/process-check";

    public async Task BookedAsync(Conference booked, CancellationToken cancellationToken)
    {
        if (booked.Type != MeetingType.ProfessionalsOnly || booked.Meeting is not { } meeting) return;
        var previous = (await store.ListAsync(booked.CaseRef, cancellationToken))
            .Where(c => c.Id != booked.Id && c.Status == ConferenceStatus.Scheduled && c.Start is { } s && s < meeting.Start)
            .OrderByDescending(c => c.Start).FirstOrDefault();
        if (previous?.Type != MeetingType.ProfessionalsOnly) return;
        if (await cases.FindCaseAsync(booked.CaseRef, cancellationToken) is not { } file) return;
        var chair = ConferenceRules.Chair(file);
        await poster.PostCardAsync(file, Template, new ProcessCheckCard(file.CaseRef, file.Initials,
            chair is null ? "The conference chair" : $"{chair.Name} (chair)", booked.Id), cancellationToken);
        Log.Changed(logger, booked.CaseRef, booked.Id, booked.Type, "process-check");
    }
}
