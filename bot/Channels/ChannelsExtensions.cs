using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

public static class ChannelsExtensions
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationReferences>();
        builder.Services.AddEventHandler<InstallationEvents>();
        builder.Services.AddCommand<ShowSetup>("setup", "Link this channel to a case, or as an agency desk.");
        builder.Services.AddVerb<LinkCase, LinkCaseData>();
        builder.Services.AddVerb<LinkDesk, LinkDeskData>();
        return builder;
    }
}
