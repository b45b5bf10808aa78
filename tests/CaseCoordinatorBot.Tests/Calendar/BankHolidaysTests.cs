using System.Text;
using CaseCoordinatorBot.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static CaseCoordinatorBot.Tests.Calendar.TestCalendar;

namespace CaseCoordinatorBot.Tests.Calendar;

public sealed class BankHolidaysTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("bank-holidays-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Shipped_file_holds_the_domain_dates_for_2025_to_2027_and_the_computed_ones_for_2028_and_2029()
    {
        string[] expected =
        [
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
            "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26",
        ];
        Assert.Equal([2025, 2026, 2027, 2028, 2029], Shipped.Years);
        foreach (var day in expected)
            Assert.True(Shipped.Contains(Day(day)), day);
        var all = Enumerable.Range(0, new DateOnly(2029, 12, 31).DayNumber - new DateOnly(2025, 1, 1).DayNumber + 1)
            .Select(new DateOnly(2025, 1, 1).AddDays).Where(Shipped.Contains).ToArray();
        Assert.Equal(expected.Select(Day), all);
        Assert.DoesNotContain(all, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void Missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(folder.FullName, "nowhere.json");
        var error = Assert.Throws<CalendarDataException>(() => BankHolidays.Load(path, "england-and-wales"));
        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Theory]
    [InlineData("{\"england-and-wales\": {\"events\": [", "not valid")]
    [InlineData("{\"england-and-wales\": {\"events\": [{\"date\": \"2026-13-01\"}]}}", "not valid")]
    [InlineData("{\"scotland\": {\"events\": [{\"date\": \"2026-01-01\"}]}}", "no events for the division")]
    [InlineData("{\"england-and-wales\": {\"events\": [{\"title\": \"x\"}]}}", "without a date")]
    [InlineData("[]", "not valid")]
    public void Malformed_file_is_refused_with_the_fault(string json, string fault)
    {
        var error = Assert.Throws<CalendarDataException>(() =>
            BankHolidays.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "england-and-wales", "test.json"));
        Assert.Contains(fault, error.Message);
        Assert.Contains("test.json", error.Message);
    }

    [Fact]
    public async Task Bot_starts_with_the_shipped_file_in_2026()
    {
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)), []);
        await host.StartAsync();
        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        Assert.False(calendar.IsWorkingDay(Day("2026-12-28")));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_up_fails_when_the_file_does_not_cover_next_year()
    {
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2029, 6, 1, 9, 0, 0, TimeSpan.Zero)), []);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("2030", error.Message);
        Assert.Contains("this year and the next", error.Message);
    }

    [Fact]
    public async Task Start_up_fails_with_a_replacement_file_that_is_malformed()
    {
        var path = Path.Combine(folder.FullName, "replacement.json");
        File.WriteAllText(path, "{\"england-and-wales\": ");
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)),
            new() { ["Calendar:BankHolidaysFile"] = path });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task A_replacement_file_is_used_instead_of_the_shipped_one()
    {
        var path = Path.Combine(folder.FullName, "replacement.json");
        File.WriteAllText(path, """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "Extra", "date": "2026-11-24", "notes": "", "bunting": true},
              {"title": "New Year", "date": "2027-01-01", "notes": "", "bunting": true}]}}
            """);
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)),
            new() { ["Calendar:BankHolidaysFile"] = path });
        await host.StartAsync();
        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        Assert.Equal(Day("2026-11-25"), calendar.AddWorkingDays(Day("2026-11-23"), 1));
        Assert.True(calendar.IsWorkingDay(Day("2026-12-25"))); // not in the replacement
        await host.StopAsync();
    }

    private static IHost Build(TimeProvider clock, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.AddCalendar();
        return builder.Build();
    }
}
