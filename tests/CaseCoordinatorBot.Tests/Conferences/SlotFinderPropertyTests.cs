using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Tests.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaseCoordinatorBot.Tests.Conferences;

/// <summary>
/// The slot finder's promises over random calendars: windows across both clock changes and the Christmas bank
/// holidays of 2026, random busy times for up to four required and two optional invitees, some not visible.
/// </summary>
public sealed class SlotFinderPropertyTests
{
    private static readonly CaseCoordinatorBot.Calendar.WorkingDayCalendar Calendar = TestCalendar.Create();
    private static readonly DateTimeOffset Origin = new(2026, 3, 16, 0, 0, 0, TimeSpan.Zero);
    private const int SpanHours = 300 * 24;

    public sealed record Scenario(DateTimeOffset Earliest, DateTimeOffset DueBy, int Minutes, AttendeeAvailability[] Required, AttendeeAvailability[] Optional)
    {
        public SlotQuery Query => SlotFinderTests.Query(Earliest, DueBy, Required, Optional, Minutes);

        public override string ToString() =>
            $"{Earliest:u} → {DueBy:u}, {Minutes} min, required: {string.Join("; ", Required.Select(Show))}";

        private static string Show(AttendeeAvailability a) =>
            $"{a.Address}{(a.Known ? "" : " (hidden)")} [{string.Join(", ", a.Busy.Select(b => $"{b.Start:MM-dd HH:mm}-{b.End:HH:mm}"))}]";
    }

    // Now and then someone is busy for the whole fortnight, so that calendars with no free slot are common.
    private static Gen<AttendeeAvailability> Attendee(string address) =>
        Gen.Frequency(
            (1, Gen.Constant(new AttendeeAvailability(address, true, [new BusyInterval(Origin, Origin.AddDays(14))]))),
            (7, Scattered(address)));

    private static Gen<AttendeeAvailability> Scattered(string address) =>
        from known in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from busy in Gen.ListOf(
            from start in Gen.Choose(0, 14 * 24 * 4)
            from quarters in Gen.Choose(1, 40)
            select (start, quarters))
        select new AttendeeAvailability(address, known, busy.Select(b => (b.start, b.quarters)).Take(12).Select(b =>
            new BusyInterval(Origin.AddMinutes(b.start * 15), Origin.AddMinutes((b.start + b.quarters) * 15))).ToArray());

    private static Arbitrary<Scenario> Scenarios() =>
        (from offsetHours in Gen.Choose(0, SpanHours)
         from windowHours in Gen.Choose(1, 10 * 24)
         from minutes in Gen.Elements(30, 60, 90, 120)
         from requiredCount in Gen.Choose(1, 4)
         from r0 in Attendee("r0@x")
         from r1 in Attendee("r1@x")
         from r2 in Attendee("r2@x")
         from r3 in Attendee("r3@x")
         from o0 in Attendee("o0@x")
         from o1 in Attendee("o1@x")
         select Shifted(new Scenario(Origin.AddHours(offsetHours), Origin.AddHours(offsetHours + windowHours), minutes,
             new[] { r0, r1, r2, r3 }.Take(requiredCount).ToArray(), [o0, o1]), offsetHours)).ToArbitrary();

    // Busy times are generated near the origin; move them into the window so that they matter.
    private static Scenario Shifted(Scenario s, int offsetHours)
    {
        AttendeeAvailability Move(AttendeeAvailability a) => a with
        {
            Busy = a.Busy.Select(b => new BusyInterval(b.Start.AddHours(offsetHours), b.End.AddHours(offsetHours))).ToArray(),
        };
        return s with { Required = s.Required.Select(Move).ToArray(), Optional = s.Optional.Select(Move).ToArray() };
    }

    private static bool InWorkingHours(ProposedSlot slot)
    {
        var start = TimeZoneInfo.ConvertTime(slot.Start, TestCalendar.London);
        var end = TimeZoneInfo.ConvertTime(slot.End, TestCalendar.London);
        return start.Date == end.Date && start.TimeOfDay >= new TimeSpan(9, 0, 0) && end.TimeOfDay <= new TimeSpan(17, 0, 0);
    }

    [Property(MaxTest = 300)]
    public Property Every_slot_is_on_a_working_day_within_working_hours_in_the_window_and_free_for_every_visible_required_invitee() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var result = SlotFinder.Find(s.Query);
            return result.Slots.All(slot =>
                Calendar.IsWorkingDay(Calendar.LocalDay(slot.Start))
                && InWorkingHours(slot)
                && slot.Start >= s.Earliest && slot.End <= s.DueBy
                && slot.End - slot.Start == TimeSpan.FromMinutes(s.Minutes)
                && s.Required.All(a => !SlotFinder.IsBusy(a, slot.Start, slot.End)));
        });

    [Property(MaxTest = 300)]
    public Property No_more_than_three_distinct_slots_earliest_first() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var slots = SlotFinder.Find(s.Query).Slots;
            return slots.Count <= 3 && slots.Zip(slots.Skip(1)).All(p => p.First.Start < p.Second.Start);
        });

    [Property(MaxTest = 300)]
    public Property When_no_slot_is_offered_but_there_was_time_the_blockers_are_named_and_genuinely_busy() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var result = SlotFinder.Find(s.Query);
            if (result.Slots.Count > 0 || result.Candidates == 0) return true;
            var candidates = SlotFinder.Candidates(s.Query).ToArray();
            return result.Blockers.Count > 0 && result.Blockers.All(b =>
            {
                var who = s.Required.Single(a => a.Address == b.Address);
                return who.Known && b.SlotsBlocked == candidates.Count(c => SlotFinder.IsBusy(who, c.Start, c.End)) && b.SlotsBlocked > 0;
            });
        });

    [Property(MaxTest = 300)]
    public Property A_free_candidate_is_never_missed() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var anyFree = SlotFinder.Candidates(s.Query).Any(c => s.Required.All(a => !SlotFinder.IsBusy(a, c.Start, c.End)));
            return anyFree == (SlotFinder.Find(s.Query).Slots.Count > 0);
        });

    // Guards the properties above against passing vacuously: the scenarios must include both outcomes.
    [Fact]
    public void The_scenarios_include_calendars_with_free_slots_and_calendars_with_none()
    {
        var results = Scenarios().Generator.Sample(50, 400).Select(s => SlotFinder.Find(s.Query)).ToArray();
        Assert.Contains(results, r => r.Slots.Count == 3);
        Assert.Contains(results, r => r.Slots.Count == 0 && r.Candidates > 0);
    }
}
