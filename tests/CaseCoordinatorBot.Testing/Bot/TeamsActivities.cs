using System.Text.Json;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Testing.Bot;

/// <summary>Activities shaped as Teams sends them to a bot in a team channel or a personal chat.</summary>
public sealed class TeamsActivities(string serviceUrl, string tenantId = TestPeople.HostTenant)
{
    public static readonly ChannelAccount Bot = new() { Id = "28:case-coordinator", Name = "Case Coordinator" };

    private int next;

    public string NewId() => $"act-{Interlocked.Increment(ref next)}-{Guid.NewGuid():N}";

    public Activity ChannelMessage(string channelId, Person from, string text, string? rootMessageId = null) =>
        Base(channelId, from, rootMessageId) with
        {
            Type = ActivityTypes.Message,
            Text = $"<at>{Bot.Name}</at> {text}",
            Entities = [new Entity { Type = "mention", Mentioned = Bot, Text = $"<at>{Bot.Name}</at>" }],
        };

    public Activity PersonalMessage(Person from, string text) => Base(null, from, null) with
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = $"a:personal-{from.AadObjectId}", ConversationType = "personal", TenantId = tenantId },
    };

    /// <summary>An Action.Execute click on a card the bot posted in a channel thread.</summary>
    public Activity Execute(string channelId, Person from, string verb, object data, string cardMessageId = "1700000000001") =>
        Base(channelId, from, cardMessageId) with
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            ReplyToId = cardMessageId,
            Value = JsonSerializer.SerializeToElement(new
            {
                action = new { type = "Action.Execute", verb, data },
                trigger = "manual",
            }, BotJson.Options),
        };

    /// <summary>An Action.Execute click on a card the bot sent in the person's personal chat.</summary>
    public Activity PersonalExecute(Person from, string verb, object data, string cardMessageId = "1700000000001") =>
        Execute("unused", from, verb, data, cardMessageId) with
        {
            Conversation = new ConversationAccount { Id = $"a:personal-{from.AadObjectId}", ConversationType = "personal", TenantId = tenantId },
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        };

    /// <summary>
    /// A click on a file consent card in the person's personal chat: <paramref name="action"/> is "accept" or
    /// "decline", <paramref name="context"/> the card's context, <paramref name="uploadUrl"/> where Teams lets the bot upload.
    /// </summary>
    public Activity FileConsent(Person from, string action, object context, string name, string uploadUrl) =>
        PersonalMessage(from, "") with
        {
            Type = ActivityTypes.Invoke,
            Name = "fileConsent/invoke",
            Text = null,
            TextFormat = null,
            Value = JsonSerializer.SerializeToElement(new
            {
                type = "fileUpload",
                action,
                context,
                uploadInfo = new
                {
                    contentUrl = "https://contoso-my.sharepoint.example/personal/" + name,
                    name,
                    uploadUrl,
                    uniqueId = "unique-" + name,
                    fileType = name[(name.LastIndexOf('.') + 1)..],
                },
            }, BotJson.Options),
        };

    /// <summary>The bot added to a team: Teams says so in the General channel.</summary>
    public Activity BotAddedToChannel(string channelId, Person by) => Base(channelId, by, null) with
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [Bot],
        Conversation = new ConversationAccount { Id = channelId, ConversationType = "channel", IsGroup = true, TenantId = tenantId },
        ChannelData = ChannelData(channelId) with { EventType = "teamMemberAdded" },
    };

    private Activity Base(string? channelId, Person from, string? rootMessageId) => new()
    {
        Id = NewId(),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Timestamp = DateTimeOffset.UtcNow,
        From = from.Account,
        Recipient = Bot,
        Locale = "en-GB",
        Conversation = channelId is null
            ? new ConversationAccount { Id = "a:personal", ConversationType = "personal", TenantId = tenantId }
            : new ConversationAccount
            {
                Id = $"{channelId};messageid={rootMessageId ?? "1700000000000"}",
                ConversationType = "channel",
                IsGroup = true,
                TenantId = tenantId,
            },
        ChannelData = channelId is null ? new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } } : ChannelData(channelId),
    };

    private TeamsChannelData ChannelData(string channelId) => new()
    {
        Tenant = new TenantInfo { Id = tenantId },
        Team = new TeamInfo { Id = TestPeople.TeamId },
        Channel = new ChannelInfo { Id = channelId },
    };
}
