using System.Net;
using CaseCoordinatorBot.Protocol.Auth;
using CaseCoordinatorBot.Testing.Auth;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

public sealed class TokenVariantTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    public static TheoryData<string> ForgedNames => new(TokenVariants.Forged.Select(v => v.Name));

    public static TheoryData<string> AcceptedNames => new(TokenVariants.Accepted.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(ForgedNames))]
    public async Task Forged_token_is_refused_with_401_and_the_activity_is_not_handled(string name)
    {
        var request = TokenVariants.Get(name).Create(fixture.Issuer, AuthTestHost.Scenario);
        var activity = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant);

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(fixture.Host.Handled.ContainsKey(activity.Id!));
        AssertTokenNotLogged(request);
    }

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public async Task Legitimate_token_is_accepted_and_the_activity_handled(string name)
    {
        var request = TokenVariants.Get(name).Create(fixture.Issuer, AuthTestHost.Scenario);
        var activity = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant);

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(fixture.Host.Handled.ContainsKey(activity.Id!));
        AssertTokenNotLogged(request);
    }

    [Fact]
    public async Task Tenant_not_in_the_allow_list_is_refused_with_403()
    {
        var request = TokenVariants.Get("legitimate").Create(fixture.Issuer, AuthTestHost.Scenario);
        var activity = request.ToMessage(AuthTestHost.NewActivityId(), "0d1e2f3a-0000-4000-8000-000000000bad");

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(fixture.Host.Handled.ContainsKey(activity.Id!));
        AssertReasonLogged(activity.Id!, AuthReasons.TenantNotAllowed);
    }

    [Fact]
    public async Task Tenant_is_matched_case_insensitively_and_read_from_the_conversation_when_channel_data_has_none()
    {
        var request = TokenVariants.Get("legitimate").Create(fixture.Issuer, AuthTestHost.Scenario);
        var message = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant.ToUpperInvariant());
        var activity = message with { ChannelData = null };

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Activity_without_a_tenant_is_refused_with_403()
    {
        var request = TokenVariants.Get("legitimate").Create(fixture.Issuer, AuthTestHost.Scenario);
        var message = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant);
        var activity = message with { ChannelData = null, Conversation = message.Conversation! with { TenantId = null } };

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertReasonLogged(activity.Id!, AuthReasons.TenantMissing);
    }

    [Theory]
    [InlineData("serviceurl-mismatch", AuthReasons.ServiceUrlMismatch)]
    [InlineData("serviceurl-claim-missing", AuthReasons.ServiceUrlClaimMissing)]
    [InlineData("endorsement-missing", AuthReasons.EndorsementMissing)]
    [InlineData("endorsement-for-other-channel", AuthReasons.EndorsementMissing)]
    public async Task Body_check_failure_logs_its_reason_code(string name, string reason)
    {
        var request = TokenVariants.Get(name).Create(fixture.Issuer, AuthTestHost.Scenario);
        var activity = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant);

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertReasonLogged(activity.Id!, reason);
    }

    [Fact]
    public async Task Activity_for_a_channel_the_key_is_not_endorsed_for_is_refused()
    {
        var request = TokenVariants.Get("legitimate").Create(fixture.Issuer, AuthTestHost.Scenario);
        var activity = request.ToMessage(AuthTestHost.NewActivityId(), AuthTestHost.Tenant) with { ChannelId = "webchat" };

        using var response = await fixture.Host.PostAsync(activity, request.Authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertReasonLogged(activity.Id!, AuthReasons.EndorsementMissing);
    }

    [Fact]
    public void Data_set_names_at_least_fifteen_distinct_forgeries_and_the_legitimate_token()
    {
        Assert.True(TokenVariants.Forged.Count >= 15);
        Assert.Equal(TokenVariants.All.Count, TokenVariants.All.Select(v => v.Name).Distinct().Count());
        Assert.Contains(TokenVariants.Accepted, v => v.Name == "legitimate");
        Assert.Contains(TokenVariants.Accepted, v => v.Name == "expired-within-skew");
    }

    private void AssertTokenNotLogged(TokenRequest request)
    {
        var token = request.Authorization?.Split(' ', 2) is [_, { Length: > 20 } value] ? value : null;
        if (token is null)
        {
            return;
        }

        var signature = token.Split('.').Last();
        foreach (var record in fixture.Host.Logs.GetSnapshot())
        {
            var text = record.Message + record.Exception;
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            if (signature.Length > 20)
            {
                Assert.DoesNotContain(signature, text, StringComparison.Ordinal);
            }
        }
    }

    private void AssertReasonLogged(string activityId, string reason) =>
        Assert.Contains(fixture.Host.Logs.GetSnapshot(), record =>
            record.Message.Contains(activityId, StringComparison.Ordinal) && record.Message.Contains(reason, StringComparison.Ordinal));
}
