using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Common;

public static class CommonExtensions
{
    public static IHostApplicationBuilder AddCommonCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCommand<ShowHelp>("help", "Show what the bot can do here.");
        builder.Services.AddScoped<IFallbackHandler, UnknownCommand>();
        return builder;
    }
}
