using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cards;

public static class CardsExtensions
{
    /// <summary>Adds <see cref="CardTemplates"/>, loaded from <c>Cards:Directory</c> when the host starts.</summary>
    public static IHostApplicationBuilder AddCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CardsOptions>().BindConfiguration(CardsOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CardsOptions>, CardsOptionsValidator>());
        builder.Services.TryAddSingleton<CardTemplates>();
        builder.Services.AddHostedService<CardTemplatesStartup>();
        return builder;
    }
}
