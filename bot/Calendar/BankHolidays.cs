using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Calendar;

/// <summary>The bank holidays of one division, read from a file in the gov.uk bank-holidays JSON shape.</summary>
public sealed class BankHolidays
{
    private readonly HashSet<DateOnly> dates;

    public BankHolidays(IEnumerable<DateOnly> dates)
    {
        this.dates = [.. dates];
        Years = [.. this.dates.Select(d => d.Year).Distinct().Order()];
    }

    /// <summary>The years that have at least one holiday in the file, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    public bool Contains(DateOnly date) => dates.Contains(date);

    public bool Covers(int year) => Years.Contains(year);

    /// <summary>Reads <paramref name="path"/>; the message of the exception names the file and the fault.</summary>
    /// <exception cref="CalendarDataException">Missing, unreadable, malformed, or without the division.</exception>
    public static BankHolidays Load(string path, string division)
    {
        if (!File.Exists(path))
            throw new CalendarDataException($"The bank holidays file '{path}' does not exist (Calendar:BankHolidaysFile).");
        try
        {
            using var stream = File.OpenRead(path);
            return Parse(stream, division, path);
        }
        catch (IOException ex)
        {
            throw new CalendarDataException($"The bank holidays file '{path}' could not be read: {ex.Message}", ex);
        }
    }

    public static BankHolidays Parse(Stream json, string division, string source)
    {
        Dictionary<string, Division>? file;
        try
        {
            file = JsonSerializer.Deserialize<Dictionary<string, Division>>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException(
                $"The bank holidays file '{source}' is not valid gov.uk bank-holidays JSON "
                + $"(line {ex.LineNumber + 1}, {ex.Path}): {ex.Message}", ex);
        }
        if (file is null || !file.TryGetValue(division, out var found) || found?.Events is not { } events)
            throw new CalendarDataException(
                $"The bank holidays file '{source}' has no events for the division '{division}'.");
        if (events.Any(e => e?.Date is null))
            throw new CalendarDataException($"The bank holidays file '{source}' has an event without a date.");
        return new BankHolidays(events.Select(e => e!.Date!.Value));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
    };

    private sealed record Division(
        [property: JsonPropertyName("division")] string? Name,
        [property: JsonPropertyName("events")] IReadOnlyList<Event?>? Events);

    private sealed record Event(
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("date")] DateOnly? Date,
        [property: JsonPropertyName("notes")] string? Notes,
        [property: JsonPropertyName("bunting")] bool? Bunting);
}
