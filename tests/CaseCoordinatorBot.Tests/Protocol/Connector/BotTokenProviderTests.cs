using Azure.Core;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

public sealed class BotTokenProviderTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    [Fact]
    public async Task The_token_is_asked_for_once_for_the_bot_framework_scope_and_then_cached()
    {
        var clock = new FakeTimeProvider();
        var credential = new CountingCredential(clock, Lifetime);
        using var provider = new BotTokenProvider(credential, clock, NullLogger<BotTokenProvider>.Instance);

        var tokens = new List<string?>();
        for (var i = 0; i < 3; i++)
            tokens.Add(await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(1, credential.Calls);
        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes!);
    }

    [Fact]
    public async Task The_token_is_refreshed_five_minutes_before_it_expires()
    {
        var clock = new FakeTimeProvider();
        var credential = new CountingCredential(clock, Lifetime);
        using var provider = new BotTokenProvider(credential, clock, NullLogger<BotTokenProvider>.Instance);
        await provider.GetTokenAsync(CancellationToken.None);

        clock.Advance(Lifetime - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", stillCached);
        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        var clock = new FakeTimeProvider();
        var credential = new CountingCredential(clock, Lifetime) { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        using var provider = new BotTokenProvider(credential, clock, NullLogger<BotTokenProvider>.Instance);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (credential.Calls == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(5);
        credential.Gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, credential.Calls);
        Assert.All(tokens, t => Assert.Equal("token-1", t));
    }

    [Fact]
    public async Task Without_a_credential_there_is_no_token()
    {
        using var provider = new BotTokenProvider(null, new FakeTimeProvider(), NullLogger<BotTokenProvider>.Instance);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Connector_calls_share_the_cached_token()
    {
        CountingCredential? credential = null;
        await using var h = await ConnectorHarness.StartAsync(services: (clock, services) =>
        {
            credential = new CountingCredential(clock, Lifetime);
            services.AddSingleton<IBotTokenProvider>(new BotTokenProvider(credential, clock, NullLogger<BotTokenProvider>.Instance));
        });
        var message = new Activity { Type = ActivityTypes.Message, Text = "hello" };

        for (var i = 0; i < 3; i++)
            await h.Client.SendToConversationAsync(h.ServiceUrl, "19:a@thread.tacv2", message, CancellationToken.None);

        Assert.Equal(1, credential!.Calls);
        Assert.All(h.Server.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    private sealed class CountingCredential(TimeProvider clock, TimeSpan lifetime) : TokenCredential
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);
        public string[]? LastScopes { get; private set; }
        public TaskCompletionSource? Gate { get; init; }

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref calls);
            LastScopes = requestContext.Scopes;
            if (Gate is not null)
                await Gate.Task.WaitAsync(cancellationToken);
            return new AccessToken($"token-{call}", clock.GetUtcNow() + lifetime);
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();
    }
}
