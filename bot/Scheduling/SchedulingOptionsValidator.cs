using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Scheduling;

/// <summary>Refuses to start with sweeper settings that could fire a timer twice or never.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options) =>
        SchedulingOptions.Problem(options) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
