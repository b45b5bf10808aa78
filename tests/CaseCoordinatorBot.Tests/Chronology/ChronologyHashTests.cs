using System.Text.Json;
using CaseCoordinatorBot.Chronology;
using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Tests.Chronology;

public sealed class ChronologyHashTests
{
    [Fact]
    public void A_sealed_entry_survives_a_round_trip_through_storage_with_the_same_hash()
    {
        var entry = ChronologyHash.Seal(ChronologySamples.Chain(1)[0] with
        {
            RecordedAt = new DateTimeOffset(2026, 11, 23, 9, 42, 13, 123, TimeSpan.Zero).AddTicks(4567),
            Visibility = FamilyVisibility.ProfessionalsOnly("Telling the stepfather could put A. at risk."),
            Corrects = 3,
        });

        var stored = JsonSerializer.Deserialize<ChronologyEntry>(JsonSerializer.Serialize(entry, StorageJson.Options), StorageJson.Options)!;

        Assert.Equal(entry.Hash, ChronologyHash.Compute(stored));
        Assert.IsType<ConcernBody>(stored.Body);
        Assert.Equal(64, entry.Hash.Length);
    }

    [Theory]
    [InlineData("seen")]
    [InlineData("childsWords")]
    [InlineData("author")]
    [InlineData("occurredAt")]
    [InlineData("visibility")]
    [InlineData("previousHash")]
    [InlineData("sequence")]
    public void Changing_any_part_of_an_entry_changes_its_hash(string part)
    {
        var entry = ChronologySamples.Chain(1)[0];
        var body = (ConcernBody)entry.Body;
        var changed = part switch
        {
            "seen" => entry with { Body = body with { Seen = body.Seen + "." } },
            "childsWords" => entry with { Body = body with { ChildsWords = "He grabbed my arm." } },
            "author" => entry with { Author = ChronologySamples.Nurse },
            "occurredAt" => entry with { OccurredAt = entry.OccurredAt.AddMinutes(1) },
            "visibility" => entry with { Visibility = FamilyVisibility.ProfessionalsOnly("risk") },
            "previousHash" => entry with { PreviousHash = new string('1', 64) },
            _ => entry with { Sequence = 2 },
        };

        Assert.NotEqual(entry.Hash, ChronologyHash.Compute(changed));
    }

    [Fact]
    public void The_verifier_accepts_an_unbroken_chain_and_names_the_first_changed_entry()
    {
        var chain = ChronologySamples.Chain(5).ToList();
        Assert.All(chain.Select((e, i) => ChronologyVerifier.Check(i + 1, e, i == 0 ? ChronologyHash.Genesis : chain[i - 1].Hash)), Assert.Null);

        var tampered = chain[2] with { Body = ChronologySamples.Body("Nothing happened.") };
        Assert.Contains("does not match its hash", ChronologyVerifier.Check(3, tampered, chain[1].Hash));
        var resealed = ChronologyHash.Seal(tampered);
        Assert.Null(ChronologyVerifier.Check(3, resealed, chain[1].Hash));
        // Re-sealing a changed entry does not help: the next entry no longer points at it.
        Assert.Contains("does not point at the entry before it", ChronologyVerifier.Check(4, chain[3], resealed.Hash));
        Assert.Contains("missing", ChronologyVerifier.Check(4, null, chain[2].Hash));
        Assert.Contains("says it is entry 5", ChronologyVerifier.Check(4, chain[4], chain[2].Hash));
    }

    [Fact]
    public void The_head_remembers_recent_idempotency_keys_up_to_its_limit()
    {
        var head = ChronologyHead.Empty;
        foreach (var entry in ChronologySamples.Chain(ChronologyHead.RecentKeyLimit + 5)) head = head.Advance(entry);

        Assert.Equal(ChronologyHead.RecentKeyLimit + 5, head.LastSequence);
        Assert.Equal(ChronologyHead.RecentKeyLimit, head.RecentKeys.Count);
        Assert.Equal(ChronologyHead.RecentKeyLimit + 5, head.Find($"key-{ChronologyHead.RecentKeyLimit + 5}"));
        Assert.Null(head.Find("key-1"));
    }
}
