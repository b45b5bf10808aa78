using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Common;

namespace CaseCoordinatorBot.MyWork;

/// <summary>Data of <c>cards/mywork/home.json</c>: a person's items, most urgent first, and their morning digest setting.</summary>
public sealed record MyWorkCard(
    string Title,
    string Intro,
    IReadOnlyList<MyWorkCardItem> Items,
    bool ShowDigest,
    string Digest,
    bool DigestOn,
    string DigestTime,
    string Footer);

/// <summary>One item: case reference and initials, what is to be done, how it stands in working days, and its button.</summary>
public sealed record MyWorkCardItem(string CaseLabel, string What, string Due, string DueColour, string CaseRef, string Source, string Id, string Button);

/// <summary>Turns lines of work into the card's display strings.</summary>
public sealed class MyWorkCardBuilder(WorkingDayCalendar calendar, TimeProvider clock)
{
    public const string Template = "mywork/home";

    /// <param name="scope">"across your 3 cases" or "in CR-2044"; the card says which.</param>
    /// <param name="digest">The person's digest setting, or null where it does not belong (a case channel).</param>
    public MyWorkCard Card(IReadOnlyList<MyWorkLine> lines, string scope, DigestSettings? digest, string greeting = "")
    {
        var overdue = lines.Count(l => l.Item.DueAt < clock.GetUtcNow());
        var title = lines.Count == 0 ? "Your work: nothing waiting"
            : $"Your work: {Count(lines.Count, "item")}" + (overdue > 0 ? $", {overdue} overdue" : "");
        var intro = (greeting.Length > 0 ? greeting + " " : "") + (lines.Count == 0
            ? $"Nothing is due from you {scope}."
            : $"{Capitalise(scope)}, most urgent first. Open an item to act on it.");
        return new MyWorkCard(title, intro, [.. lines.Select(Item)],
            digest is not null,
            digest is null ? "" : Describe(digest),
            digest?.Enabled ?? false,
            (digest?.At ?? DigestSettings.DefaultTime).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            $"Updated {DisplayTime.Format(clock.GetUtcNow())}. Type 'my work' for a fresh list.");
    }

    public MyWorkCardItem Item(MyWorkLine line)
    {
        var due = calendar.Describe(line.Item.DueAt);
        var colour = line.Item.DueAt < clock.GetUtcNow() ? "attention" : due == "due today" ? "warning" : "default";
        return new MyWorkCardItem($"{line.CaseRef} ({line.Initials})", line.Item.What, Capitalise(due), colour,
            line.CaseRef, line.Item.Source, line.Item.Id, "Open");
    }

    public static string Describe(DigestSettings digest) => digest.Enabled
        ? $"Morning digest: on, at {digest.At:HH\\:mm} on working days (UK time), sent only when something is due that day or overdue."
        : "Morning digest: off. Start it again at any time.";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
