using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Testing.Auth;

/// <summary>
/// One request of a <see cref="TokenVariant"/>: the <c>Authorization</c> header value (null: no header) and
/// the activity fields that go with the token.
/// </summary>
public sealed record TokenRequest(string? Authorization, string ServiceUrl, string ChannelId)
{
    /// <summary>The activity with this request's service URL and channel.</summary>
    public Activity ApplyTo(Activity activity) => activity with { ServiceUrl = ServiceUrl, ChannelId = ChannelId };

    /// <summary>A minimal Teams message from tenant <paramref name="tenantId"/>.</summary>
    public Activity ToMessage(string activityId, string tenantId) => ApplyTo(new Activity
    {
        Type = ActivityTypes.Message,
        Id = activityId,
        Text = "hello",
        From = new ChannelAccount { Id = "29:test-user", AadObjectId = "00000000-0000-0000-0000-000000000001" },
        Recipient = new ChannelAccount { Id = "28:test-bot" },
        Conversation = new ConversationAccount { Id = "a:test-conversation", TenantId = tenantId, ConversationType = "personal" },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
    });
}
