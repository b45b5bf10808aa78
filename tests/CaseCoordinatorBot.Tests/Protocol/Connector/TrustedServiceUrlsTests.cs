using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

public sealed class TrustedServiceUrlsTests
{
    private const string Learnt = "https://smba.trafficmanager.net/emea/";

    private static TrustedServiceUrls Create(params string[] configured) =>
        new(Options.Create(new ConnectorOptions { TrustedServiceUrls = configured }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://SMBA.TrafficManager.net/emea/")]
    [InlineData("HTTPS://smba.trafficmanager.net:443/emea/")]
    public void A_learnt_service_url_is_trusted_in_any_equivalent_spelling(string serviceUrl)
    {
        var trust = Create();
        Assert.True(trust.Trust(Learnt));

        Assert.True(trust.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/EMEA/")]
    [InlineData("https://smba.trafficmanager.net/emea//")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/")]
    [InlineData("https://smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.example/emea/")]
    [InlineData("https://evil.example/emea/")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_service_urls_are_not_trusted(string? serviceUrl)
    {
        var trust = Create();
        trust.Trust(Learnt);

        Assert.False(trust.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/?x=1")]
    [InlineData("https://smba.trafficmanager.net/emea/#x")]
    [InlineData("https://user:pass@smba.trafficmanager.net/emea/")]
    [InlineData("/emea/")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    public void Unusable_service_urls_cannot_be_trusted(string serviceUrl)
    {
        var trust = Create();

        Assert.False(trust.Trust(serviceUrl));
        Assert.False(trust.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978")]
    [InlineData("http://[::1]:3978/")]
    public void Plain_http_is_accepted_for_loopback_tools(string serviceUrl)
    {
        var trust = Create();

        Assert.True(trust.Trust(serviceUrl));
        Assert.True(trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void Configured_service_urls_are_trusted_without_being_learnt()
    {
        var trust = Create("https://smba.trafficmanager.net/uk/");

        Assert.True(trust.IsTrusted("https://smba.trafficmanager.net/uk"));
        Assert.False(trust.IsTrusted(Learnt));
    }
}
