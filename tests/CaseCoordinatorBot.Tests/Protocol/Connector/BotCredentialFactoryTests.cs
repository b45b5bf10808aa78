using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using CaseCoordinatorBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;

namespace CaseCoordinatorBot.Tests.Protocol.Connector;

/// <summary>Which Azure.Identity credential each app type gets; building one makes no network call.</summary>
public sealed class BotCredentialFactoryTests
{
    private static ConnectorOptions Options(BotAppType type) => new()
    {
        MicrosoftAppType = type,
        MicrosoftAppId = "app-id",
        MicrosoftAppTenantId = "tenant-id",
        MicrosoftAppPassword = type == BotAppType.UserAssignedMsi ? null : "not-a-secret",
    };

    [Fact]
    public void A_single_tenant_bot_with_a_secret_uses_a_client_secret_credential_in_its_own_tenant()
    {
        var options = Options(BotAppType.SingleTenant);

        Assert.IsType<ClientSecretCredential>(BotCredentialFactory.Create(options));
        Assert.Equal("tenant-id", BotCredentialFactory.TenantFor(options));
    }

    [Fact]
    public void A_single_tenant_bot_with_a_certificate_uses_a_client_certificate_credential()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bot-{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=bot-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        try
        {
            var options = Options(BotAppType.SingleTenant);
            options.MicrosoftAppPassword = null;
            options.MicrosoftAppCertificatePath = path;
            options.MicrosoftAppCertificatePassword = "pfx-password";

            Assert.IsType<ClientCertificateCredential>(BotCredentialFactory.Create(options));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_multi_tenant_bot_gets_its_token_from_the_botframework_tenant()
    {
        var options = Options(BotAppType.MultiTenant);

        Assert.IsType<ClientSecretCredential>(BotCredentialFactory.Create(options));
        Assert.Equal("botframework.com", BotCredentialFactory.TenantFor(options));
    }

    [Fact]
    public void A_user_assigned_managed_identity_bot_uses_a_managed_identity_credential()
    {
        Assert.IsType<ManagedIdentityCredential>(BotCredentialFactory.Create(Options(BotAppType.UserAssignedMsi)));
    }

    [Fact]
    public void Without_an_app_id_there_is_no_credential()
    {
        var options = Options(BotAppType.SingleTenant);
        options.MicrosoftAppId = " ";

        Assert.Null(BotCredentialFactory.Create(options));
    }

    [Theory]
    [InlineData("SingleTenant", BotAppType.SingleTenant)]
    [InlineData("UserAssignedMSI", BotAppType.UserAssignedMsi)]
    [InlineData("MultiTenant", BotAppType.MultiTenant)]
    public void The_app_type_binds_from_its_conventional_configuration_name(string configured, BotAppType expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("Bot:MicrosoftAppType", configured)])
            .Build();

        var options = configuration.GetSection("Bot").Get<ConnectorOptions>()!;

        Assert.Equal(expected, options.MicrosoftAppType);
    }
}
