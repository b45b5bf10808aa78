using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Concerns.Siblings;

/// <summary>
/// A new concern in one case puts a prompt in each linked sibling's chronology and channel: consider whether it
/// affects this child too. It names the case, entry, date, category and agency, never what was written: the people
/// in the sibling's case may not be in this one.
/// </summary>
public sealed class SiblingNotice(CaseStore cases, ChronologyStore chronology, CaseChannelPoster poster, ILogger<SiblingNotice> logger)
{
    private static readonly EntryAuthor Bot = new("bot", "Case Coordinator Bot", Agency.Other);

    public async Task AnnounceAsync(CaseFile file, ChronologyEntry entry, CancellationToken cancellationToken)
    {
        foreach (var siblingRef in file.SiblingCases)
        {
            if (await cases.FindCaseAsync(siblingRef, cancellationToken) is not { } sibling) continue;
            var category = entry.Category is { } c ? ConcernVocabulary.Title(c) : "Other";
            var detail = $"A new concern ({category}, logged by {CaseVocabulary.Title(entry.Author.Agency)}) was recorded as entry #{entry.Sequence} " +
                $"of sibling case {file.CaseRef} ({file.Initials}). Consider whether it affects this child; the detail stays in that case, so ask its professionals.";
            // Keyed by the source entry: a retried concern submission never prompts twice.
            var appended = await chronology.AppendAsync(sibling.CaseRef, new NewChronologyEntry(EntryKind.Sibling, entry.OccurredAt, Bot, entry.Category,
                FamilyVisibility.ProfessionalsOnly(SiblingVocabulary.ProfessionalsOnlyReason(file.CaseRef)), null,
                StorageKey.Hash($"sibling-concern\n{file.CaseRef}\n{entry.Sequence}"),
                new SiblingBody(file.CaseRef, "concern", entry.Sequence, detail)), cancellationToken);
            if (!appended.Created) continue;
            Log.SiblingNoticed(logger, file.CaseRef, entry.Sequence, sibling.CaseRef, appended.Entry.Sequence);
            try
            {
                await poster.PostTextAsync(sibling, $"{sibling.CaseRef} ({sibling.Initials}): sibling case {file.CaseRef} has a new concern " +
                    $"({category}). Consider whether it affects this child: see entry #{appended.Entry.Sequence} in 'chronology'.", cancellationToken);
            }
            catch (ConnectorException ex)
            {
                // The prompt is in the sibling's chronology already; the channel post is the nudge to read it.
                Log.SiblingNoteFailed(logger, sibling.CaseRef, ex.StatusCode ?? 0);
            }
        }
    }
}
