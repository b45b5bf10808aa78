using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Inputs of the contribution card: each column with its sharing flag, and the safety scale.</summary>
public sealed record ContributionData(
    string? CaseRef, string? ConferenceId,
    string? Worried, string? WorriedShare,
    string? WorkingWell, string? WorkingWellShare,
    string? NeedsToHappen, string? NeedsToHappenShare,
    string? NotYetShared, string? NotYetSharedShare,
    string? Scale);

/// <summary>
/// An agency's representative sends their contribution: stored for their agency, recorded in the chronology without
/// its content, and answered with a confirmation that repeats none of it (the card sits in a shared channel).
/// </summary>
public sealed class SubmitContribution(ConferenceAccess access, ContributionStore contributions, ContributionCardBuilder build,
    ConferenceChronology chronology, TimeProvider clock, ILogger<SubmitContribution> logger) : IVerbHandler<ContributionData>
{
    public static string Verb => "conference.contribute";

    public const int MaxItemLength = 2000;

    public async Task<TurnReply> HandleAsync(Turn turn, ContributionData data, CancellationToken cancellationToken)
    {
        var (grant, conference) = await access.RequireAsync(data.CaseRef, data.ConferenceId, turn, Verb, arrange: false, cancellationToken);
        if (!int.TryParse(data.Scale, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var scale) || scale > 10)
            return TurnReply.Problem("Choose a point on the safety scale from 0 to 10. Nothing was sent.");
        var items = new[]
        {
            Item(ContributionColumn.WhatWeAreWorriedAbout, data.Worried, data.WorriedShare),
            Item(ContributionColumn.WhatIsWorkingWell, data.WorkingWell, data.WorkingWellShare),
            Item(ContributionColumn.WhatNeedsToHappen, data.NeedsToHappen, data.NeedsToHappenShare),
            Item(ContributionColumn.NotYetShared, data.NotYetShared, data.NotYetSharedShare),
        }.OfType<ContributionItem>().ToArray();
        if (items.Length == 0)
            return TurnReply.Problem("Write at least one of the columns. Nothing was sent.");
        if (items.Any(i => i.Text.Length > MaxItemLength))
            return TurnReply.Problem($"Each answer can be up to {MaxItemLength} characters. Nothing was sent.");

        var by = ConferenceRequests.Person(grant);
        var now = clock.GetUtcNow();
        await contributions.SaveAsync(conference.CaseRef, new Contribution(conference.Id, by.Agency, by, now, scale, items), cancellationToken);
        Log.Changed(logger, conference.CaseRef, conference.Id, conference.Type, "contribution");
        var shared = items.Count(i => i.MayShareWithFamily);
        await chronology.RecordAsync(conference, "contribution received",
            $"Contribution from {Cases.CaseVocabulary.Title(by.Agency)} ({by.Name}): {shared} item(s) may be shared with the family, " +
            $"{items.Length - shared} for professionals only. Safety scale {scale}/10.", by, now, $"contribution:{by.UserKey}:{now.UtcTicks}", cancellationToken);
        return TurnReply.Card("conferences/contribution", build.Card(conference,
            received: $"Received from {by.Name} for {Cases.CaseVocabulary.Title(by.Agency)}. Items marked professionals only go to the chair only."));
    }

    // Anything but an explicit "family" stays with professionals: a missing flag must never expose an item.
    private static ContributionItem? Item(ContributionColumn column, string? text, string? share) =>
        (text ?? "").Trim() is { Length: > 0 } t ? new ContributionItem(column, t, share == "family") : null;
}

/// <summary>Builds the contribution card's data.</summary>
public sealed class ContributionCardBuilder(ConferenceRules rules, WorkingDayCalendar calendar)
{
    public ContributionCard Card(Conference c, string problem = "", string received = "") => new(
        c.CaseRef, c.Initials, c.Id, ConferenceVocabulary.Title(c.Type),
        c.Meeting is { } m ? ConferenceVocabulary.Slot(m.Start, m.End, calendar.Zone) + " (UK time)" : "",
        rules.SharingDeadline(c) is { } d ? $"Please send it by {Common.DisplayTime.Format(d)} ({calendar.Describe(d)}): what may be shared goes to the family then." : "",
        ContributionCard.ScaleChoices, ContributionCard.SharingChoices, problem, received);
}
