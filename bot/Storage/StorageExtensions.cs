using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentStore"/>, <see cref="IAppendLog"/>, <see cref="StorageHealth"/> and
    /// <see cref="StorageRequestCounter"/> over one <c>BlobServiceClient</c>, and a hosted service that creates
    /// the containers at start-up. Call it before capabilities whose hosted services use storage.
    /// </summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp => BlobServiceClientFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<StorageRequestCounter>()));
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
        services.AddSingleton<IAppendLog, BlobAppendLog>();
        services.AddSingleton<StorageHealth>();
        services.AddHostedService<StorageContainerInitializer>();
        return builder;
    }
}
