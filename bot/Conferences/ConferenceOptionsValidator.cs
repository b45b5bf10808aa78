using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Conferences;

/// <summary>Refuses at start-up the conference rules that would schedule nothing or schedule wrongly.</summary>
public sealed class ConferenceOptionsValidator : IValidateOptions<ConferenceOptions>
{
    public ValidateOptionsResult Validate(string? name, ConferenceOptions options)
    {
        var failures = new List<string>();
        if (options.WorkingHoursEnd <= options.WorkingHoursStart)
            failures.Add("Conferences:WorkingHoursEnd must be after Conferences:WorkingHoursStart.");
        if (options.SlotStepMinutes is < 5 or > 240)
            failures.Add("Conferences:SlotStepMinutes must be between 5 and 240.");
        if (options.MinimumNoticeMinutes is < 0 or > 7 * 24 * 60)
            failures.Add("Conferences:MinimumNoticeMinutes must be between 0 and a week.");
        if (options.SlotsOffered is < 1 or > 5)
            failures.Add("Conferences:SlotsOffered must be between 1 and 5.");
        if (options.ContributionRequestWorkingDaysBefore is < 0 or > 30)
            failures.Add("Conferences:ContributionRequestWorkingDaysBefore must be between 0 and 30.");
        if (options.BriefingWorkingDaysBefore is < 0 or > 30)
            failures.Add("Conferences:BriefingWorkingDaysBefore must be between 0 and 30.");
        if (options.WarnWorkingDaysBefore is < 0 or > 30)
            failures.Add("Conferences:WarnWorkingDaysBefore must be between 0 and 30.");
        foreach (var (label, mailbox) in options.Organisers.Select(o => ($"Conferences:Organisers:{o.Key}", o.Value))
                     .Prepend(("Conferences:OrganiserMailbox", options.OrganiserMailbox)))
        {
            if (mailbox.Length > 0 && !IsMailbox(mailbox))
                failures.Add($"{label} must be a mailbox address (name@domain).");
        }
        foreach (var type in options.Types.Keys.Where(t => !Enum.IsDefined(t)))
            failures.Add($"Conferences:Types:{type} is not a meeting type.");

        var day = options.WorkingHoursEnd - options.WorkingHoursStart;
        foreach (var type in Enum.GetValues<MeetingType>())
        {
            var rule = MeetingRule.From(type, options.Types.GetValueOrDefault(type));
            var at = $"Conferences:Types:{type}";
            if ((rule.DueWorkingDays is null) == (rule.DueMonths is null))
                failures.Add($"{at} needs exactly one of DueWorkingDays and DueMonths.");
            if (rule.DueWorkingDays is < 0 or > 130 || rule.DueMonths is < 1 or > 24 || rule.RepeatMonths is < 1 or > 24)
                failures.Add($"{at}: DueWorkingDays is 0–130, DueMonths and RepeatMonths 1–24.");
            if (rule.Duration <= TimeSpan.Zero || rule.Duration > day)
                failures.Add($"{at}:DurationMinutes must be positive and fit in the working hours.");
            if (rule.After == type)
                failures.Add($"{at}:After cannot name the type itself.");
            if (rule.ShareWithFamilyWorkingDaysBefore is < 0 or > 30)
                failures.Add($"{at}:ShareWithFamilyWorkingDaysBefore must be between 0 and 30.");
            if (rule.QuorumOtherAgencies is < 0 or > 5)
                failures.Add($"{at}:QuorumOtherAgencies must be between 0 and 5.");
            if (rule.RequiredAgencies.Any(a => !Enum.IsDefined(a)))
                failures.Add($"{at}:RequiredAgencies names an unknown agency.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsMailbox(string value) =>
        value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
}
