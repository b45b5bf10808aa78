using CaseCoordinatorBot.Concerns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Concerns;

public sealed class ConcernOptionsTests
{
    private static T Resolve<T>(params (string Key, string Value)[] settings) where T : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        var section = typeof(T) == typeof(PatternAlertOptions) ? PatternAlertOptions.Section
            : typeof(T) == typeof(EarlyConcernOptions) ? EarlyConcernOptions.Section : PromptingOptions.Section;
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<T>>().Value;
    }

    [Fact]
    public void The_defaults_are_three_in_30_days_or_two_agencies_in_14_ten_working_days_to_review_and_weekly_prompts()
    {
        var pattern = Resolve<PatternAlertOptions>();
        Assert.Equal((3, 30, 2, 14), (pattern.Count, pattern.CountWindowDays, pattern.Agencies, pattern.AgencyWindowDays));
        Assert.Equal(10, Resolve<EarlyConcernOptions>().ReviewAfterWorkingDays);
        var prompting = Resolve<PromptingOptions>();
        Assert.Equal((5, new TimeOnly(9, 30), 2), (prompting.EveryWorkingDays, prompting.At, prompting.SilentAfterPrompts));
    }

    [Fact]
    public void Local_thresholds_are_read_from_configuration()
    {
        var pattern = Resolve<PatternAlertOptions>(("Concerns:PatternAlert:Count", "4"), ("Concerns:PatternAlert:AgencyWindowDays", "7"));

        Assert.Equal((4, 7), (pattern.Count, pattern.AgencyWindowDays));
    }

    [Theory]
    [InlineData("Concerns:PatternAlert:Count", "1")]
    [InlineData("Concerns:PatternAlert:CountWindowDays", "0")]
    [InlineData("Concerns:PatternAlert:Agencies", "1")]
    public void A_threshold_that_would_alert_on_every_concern_is_refused(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() => Resolve<PatternAlertOptions>((key, value)));
    }

    [Fact]
    public void A_review_date_of_zero_working_days_is_refused()
    {
        Assert.Throws<OptionsValidationException>(() => Resolve<EarlyConcernOptions>(("Concerns:Review:ReviewAfterWorkingDays", "0")));
    }

    [Fact]
    public void A_prompt_rhythm_of_zero_working_days_is_refused()
    {
        Assert.Throws<OptionsValidationException>(() => Resolve<PromptingOptions>(("Concerns:Prompting:EveryWorkingDays", "0")));
    }
}
