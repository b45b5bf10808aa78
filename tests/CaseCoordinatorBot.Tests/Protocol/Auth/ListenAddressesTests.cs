using CaseCoordinatorBot.Protocol.Auth;
using Microsoft.Extensions.Configuration;

namespace CaseCoordinatorBot.Tests.Protocol.Auth;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://127.4.5.6:3978", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST:5001/", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://[::]:80", false)]
    [InlineData("http://10.0.0.4:80", false)]
    [InlineData("http://bot.example.com:80", false)]
    [InlineData("http://localhost.example.com:80", false)]
    [InlineData("http://unix:/tmp/bot.sock", false)]
    [InlineData("not a url", false)]
    public void Loopback_rule(string url, bool loopback) => Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void No_configured_address_means_kestrels_loopback_default()
    {
        var addresses = ListenAddresses.FromConfiguration(Configuration());

        Assert.Equal([ListenAddresses.KestrelDefault], addresses);
        Assert.All(addresses, address => Assert.True(ListenAddresses.IsLoopback(address)));
    }

    [Fact]
    public void Urls_and_kestrel_endpoints_are_both_read()
    {
        var addresses = ListenAddresses.FromConfiguration(Configuration(
            ("urls", "http://127.0.0.1:3978; http://[::1]:3978"),
            ("Kestrel:Endpoints:Https:Url", "https://0.0.0.0:443"),
            ("http_ports", "8080")));

        Assert.Equal(["http://127.0.0.1:3978", "http://[::1]:3978", "https://0.0.0.0:443"], addresses);
    }

    [Fact]
    public void Container_ports_bind_every_interface_when_no_urls_are_set()
    {
        var addresses = ListenAddresses.FromConfiguration(Configuration(("http_ports", "8080;8081"), ("https_ports", "8443")));

        Assert.Equal(["http://*:8080", "http://*:8081", "https://*:8443"], addresses);
        Assert.All(addresses, address => Assert.False(ListenAddresses.IsLoopback(address)));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:5000;http://[::1]:5000", true)]
    [InlineData("http://127.0.0.1:3978;http://0.0.0.0:80", false)]
    [InlineData("http://+:80", false)]
    public void Anonymous_local_mode_needs_no_app_id_and_only_loopback_addresses(string urls, bool anonymous)
    {
        var (mode, problem) = BotAuthMode.Decide(new BotAuthOptions(), ListenAddresses.FromConfiguration(Configuration(("urls", urls))));

        Assert.Equal(anonymous, mode == BotAuthMode.AnonymousLocal);
        Assert.Equal(anonymous, problem is null);
    }

    [Fact]
    public void With_an_app_id_the_mode_is_authenticated_whatever_the_addresses()
    {
        var (mode, problem) = BotAuthMode.Decide(new BotAuthOptions { MicrosoftAppId = "app" }, ["http://0.0.0.0:80"]);

        Assert.Equal(BotAuthMode.Authenticated, mode);
        Assert.Null(problem);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
