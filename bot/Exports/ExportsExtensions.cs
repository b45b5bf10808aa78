using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Exports;

public static class ExportsExtensions
{
    /// <summary><c>export</c>: the case chronology as CSV and JSON files in the person's personal chat.</summary>
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient(FileUploader.ClientName);
        builder.Services.AddSingleton<ExportRequests>();
        builder.Services.AddSingleton<ChronologyExport>();
        builder.Services.AddSingleton<FileUploader>();
        builder.Services.AddScoped<ExportAccess>();
        builder.Services.AddCommand<StartExport>("export", "Get the whole chronology as CSV and JSON files, in your personal chat with the bot.");
        builder.Services.AddEventHandler<AnswerFileConsent>();
        return builder;
    }
}
