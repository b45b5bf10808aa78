using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Tests.Deploy;

/// <summary>What the compiled infra/main.bicep deploys: checked on bicep's own output, not on the source text.</summary>
[Collection(BicepCollection.Name)]
public sealed class InfraTemplateTests(BicepFixture bicep)
{
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    private ArmTemplate Template => new(bicep.Template);

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_over_https_only_with_the_health_check()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>());

        var site = Template.Single("Microsoft.Web/sites");
        var config = site.Properties["siteConfig"]!;
        Assert.Equal("app,linux", (string?)site.Body["kind"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Contains("createObject('azd-service-name', 'bot')", (string?)site.Body["tags"]);
    }

    [Fact]
    public void Web_app_runs_as_the_user_assigned_identity_and_allows_no_password_publishing()
    {
        var site = Template.Single("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site.Body["identity"]!["type"]);
        Assert.Single(site.Body["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Single(Template.All("Microsoft.ManagedIdentity/userAssignedIdentities"));

        var policies = Template.All("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void App_settings_carry_the_bot_configuration()
    {
        var site = Template.Single("Microsoft.Web/sites");
        Assert.Equal("[concat(variables('settings'), variables('tenantSettings'))]",
            (string?)site.Properties["siteConfig"]!["appSettings"]);

        var settings = site.Template["variables"]!["settings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!);
        Assert.Equal("UserAssignedMSI", settings["Bot__MicrosoftAppType"]);
        Assert.Equal(settings["Bot__MicrosoftAppId"], settings["AZURE_CLIENT_ID"]);
        foreach (var name in new[]
        {
            "Bot__MicrosoftAppId", "Bot__MicrosoftAppTenantId", "Storage__BlobServiceUri", "Storage__Container",
            "Storage__AuditContainer", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Conferences__OrganiserMailbox", "Area__Name",
        })
        {
            Assert.StartsWith("[parameters('botSettings').", settings[name]);
        }

        var tenants = Assert.Single(site.Template["variables"]!["copy"]!.AsArray(), c => (string?)c!["name"] == "tenantSettings")!;
        Assert.Equal("[format('Bot__AllowedTenants__{0}', copyIndex('tenantSettings'))]", (string?)tenants["input"]!["name"]);
        var defaultTenants = Template.Root["parameters"]!["allowedTenantIds"]!["defaultValue"]!.AsArray();
        Assert.Equal("[tenant().tenantId]", (string?)Assert.Single(defaultTenants));
    }

    [Fact]
    public void Azure_bot_uses_the_managed_identity_and_the_teams_channel()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot.Body["kind"]);
        Assert.Equal("global", (string?)bot.Body["location"]);
        Assert.Equal("UserAssignedMSI", (string?)bot.Properties["msaAppType"]);
        foreach (var key in new[] { "msaAppId", "msaAppMSIResourceId", "msaAppTenantId", "endpoint" })
            Assert.False(string.IsNullOrEmpty((string?)bot.Properties[key]), key);

        var endpoint = (string?)bot.ModuleParameter("endpoint");
        Assert.Equal("[format('https://{0}/api/messages', reference('app').outputs.defaultHostName.value)]", endpoint);
        Assert.Contains("reference('identity').outputs.clientId.value", (string?)bot.ModuleParameter("identityClientId"));

        var teams = Template.Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)teams.Properties["channelName"]);
        Assert.True(teams.Properties["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Storage_refuses_shared_keys_and_public_blobs_and_holds_the_two_containers()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts");
        Assert.False(account.Properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(account.Properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", (string?)account.Properties["minimumTlsVersion"]);
        Assert.True(account.Properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());

        var containers = Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("None", (string?)containers.Properties["publicAccess"]);
        Assert.Equal("[length(createArray(parameters('stateContainer'), parameters('auditContainer')))]",
            (string?)containers.Body["copy"]!["count"]);
        Assert.Equal("botstate", (string?)containers.ModuleParameter("stateContainer"));
        Assert.Equal("audit", (string?)containers.ModuleParameter("auditContainer"));
    }

    [Fact]
    public void Bot_identity_gets_blob_and_queue_data_roles_on_the_storage_account()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts");
        var assignments = Template.All("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Template == account.Template)
            .ToList();

        var roles = assignments.Select(a => a.ResolveVariables((string)a.Properties["roleDefinitionId"]!)).ToList();
        Assert.Equal(2, roles.Count);
        Assert.Contains(roles, r => r.Contains(BlobDataContributor, StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Contains(QueueDataContributor, StringComparison.Ordinal));
        Assert.All(assignments, a =>
        {
            Assert.Equal("ServicePrincipal", (string?)a.Properties["principalType"]);
            Assert.Equal("[reference('dataIdentity').principalId]", (string?)a.Properties["principalId"]);
            Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", (string?)a.Body["scope"]);
        });

        // dataIdentity is the identity the bot runs as: the same name goes to both modules.
        Assert.Equal("[parameters('dataIdentityName')]", (string?)account.Template["resources"]!["dataIdentity"]!["name"]);
        var identity = Template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Equal((string?)identity.ModuleParameter("name"), (string?)account.ModuleParameter("dataIdentityName"));
    }

    [Fact]
    public void Application_insights_is_based_on_the_log_analytics_workspace()
    {
        Template.Single("Microsoft.OperationalInsights/workspaces");
        var insights = Template.Single("Microsoft.Insights/components");
        Assert.Equal("web", (string?)insights.Properties["Application_Type"]);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights.Properties["WorkspaceResourceId"]);
    }

    [Fact]
    public void Outputs_give_what_the_bot_settings_and_the_app_package_need()
    {
        var outputs = Template.Root["outputs"]!.AsObject();
        foreach (var name in new[]
        {
            "BOT_ID", "BOT_TENANT_ID", "BOT_DOMAIN", "BOT_ENDPOINT", "BOT_IDENTITY_PRINCIPAL_ID", "WEB_APP_NAME",
            "AZURE_STORAGE_BLOB_ENDPOINT", "AZURE_STORAGE_QUEUE_ENDPOINT", "AZURE_RESOURCE_GROUP",
        })
        {
            Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}");
        }
        Assert.Equal("[reference('identity').outputs.clientId.value]", (string?)outputs["BOT_ID"]!["value"]);
        Assert.Equal("[reference('app').outputs.defaultHostName.value]", (string?)outputs["BOT_DOMAIN"]!["value"]);
    }

    [Fact]
    public void Parameters_file_gives_every_required_parameter_from_the_azd_environment()
    {
        var declared = Template.Root["parameters"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(DeployPaths.Infra, "main.parameters.json")))!;
        var given = file["parameters"]!.AsObject();

        foreach (var (name, _) in given)
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare");
        foreach (var (name, parameter) in declared)
        {
            if (parameter!["defaultValue"] is null)
                Assert.True(given.ContainsKey(name), $"main.bicep needs {name}, which main.parameters.json does not give");
        }
        Assert.All(given, p => Assert.Matches(@"^\$\{[A-Z][A-Z0-9_]*\}$", (string?)p.Value!["value"]));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)given["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)given["location"]!["value"]);
    }
}
