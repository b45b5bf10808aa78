using CaseCoordinatorBot.Conferences;

namespace CaseCoordinatorBot.Tests.Conferences;

public sealed class ConferenceOptionsValidatorTests
{
    private static string? Failure(ConferenceOptions options) => new ConferenceOptionsValidator().Validate(null, options).FailureMessage;

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(Failure(new ConferenceOptions()));

    [Fact]
    public void Working_hours_that_end_before_they_start_are_refused() =>
        Assert.Contains("WorkingHoursEnd", Failure(new ConferenceOptions { WorkingHoursStart = new(17, 0), WorkingHoursEnd = new(9, 0) }));

    [Fact]
    public void A_duration_longer_than_the_working_day_is_refused() =>
        Assert.Contains("CoreGroup:DurationMinutes", Failure(new ConferenceOptions
        {
            Types = { [MeetingType.CoreGroup] = new MeetingTypeOptions { DurationMinutes = 9 * 60 } },
        }));

    [Fact]
    public void A_type_with_both_working_days_and_months_is_refused() =>
        Assert.Contains("exactly one of", Failure(new ConferenceOptions
        {
            Types = { [MeetingType.ChildInNeed] = new MeetingTypeOptions { DueWorkingDays = 5, DueMonths = 1 } },
        }));

    [Fact]
    public void An_organiser_that_is_no_mailbox_is_refused() =>
        Assert.Contains("OrganiserMailbox", Failure(new ConferenceOptions { OrganiserMailbox = "conferences" }));
}
