using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns;

/// <summary>Inputs of the prompt's "Nothing new" button.</summary>
public sealed record NothingNewData(string? CaseRef, string? Round);

/// <summary>
/// "Nothing new" on an "anything new?" prompt: a monitoring check in the chronology, by the clicker's agency, once
/// per agency and prompt (a colleague of the same agency clicking after is told it is already recorded).
/// </summary>
public sealed class NothingNew(CaseAccess access, ChronologyStore chronology, TimeProvider clock, ILogger<NothingNew> logger)
    : IVerbHandler<NothingNewData>
{
    public static string Verb => "concern.nothingNew";

    public async Task<TurnReply> HandleAsync(Turn turn, NothingNewData data, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(data.CaseRef, turn, Verb, cancellationToken);
        if (!int.TryParse(data.Round, NumberStyles.None, CultureInfo.InvariantCulture, out var round) || round < 1)
            return TurnReply.Problem("This card is out of date. Nothing was recorded.");
        var file = grant.Case;
        var agency = grant.Member?.Agency ?? Agency.Other;
        var result = await chronology.AppendAsync(file.CaseRef, new NewChronologyEntry(
            EntryKind.MonitoringCheck, clock.GetUtcNow(), new EntryAuthor(grant.User.Key, grant.User.DisplayName, agency),
            null, FamilyVisibility.Shareable, null, StorageKey.Hash($"nothing-new\n{file.CaseRef}\n{round}\n{agency}"),
            new MonitoringCheckBody("")), cancellationToken);
        Log.NothingNewRecorded(logger, turn.CorrelationId, file.CaseRef, round, result.Entry.Sequence, result.Created);

        var message = result.Created
            ? $"Recorded as entry #{result.Entry.Sequence}: nothing new from {CaseVocabulary.Title(agency)}, answered by {grant.User.DisplayName}."
            : $"{result.Entry.Author.DisplayName} already answered for {CaseVocabulary.Title(agency)} on {DisplayTime.Format(result.Entry.RecordedAt)} (entry #{result.Entry.Sequence}). Nothing new was recorded.";
        return TurnReply.Card("common/notice", new NoticeCard($"Nothing new for {file.CaseRef} ({file.Initials})", message));
    }
}
