using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Calendar;

public static class CalendarExtensions
{
    /// <summary>
    /// Registers <see cref="WorkingDayCalendar"/> over the bank holidays file of <see cref="CalendarOptions"/>,
    /// checked at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCalendar();
        return builder;
    }

    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
            return new WorkingDayCalendar(
                BankHolidays.Load(options.FullBankHolidaysFile, options.Division),
                TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone),
                options.CloseOfBusiness,
                sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
