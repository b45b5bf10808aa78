// Linux App Service running the bot (.NET 10), with the bot identity and its settings.
param planName string
param siteName string
param location string
param tags {
  *: string
}
param sku string

@description('Resource id of the user-assigned identity the bot runs as.')
param identityId string

@description('Values for the bot\'s configuration (see the app settings below).')
param botSettings {
  appId: string
  tenantId: string
  allowedTenantIds: string[]
  blobServiceUri: string
  stateContainer: string
  auditContainer: string
  appInsightsConnectionString: string
  organiserMailbox: string
  areaName: string
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku }
  properties: {
    reserved: true // Linux
  }
}

// Names use "__" for ":" so that ASP.NET Core configuration binds them as sections.
var settings = [
  { name: 'Bot__MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'Bot__MicrosoftAppId', value: botSettings.appId }
  { name: 'Bot__MicrosoftAppTenantId', value: botSettings.tenantId }
  { name: 'Storage__BlobServiceUri', value: botSettings.blobServiceUri }
  { name: 'Storage__Container', value: botSettings.stateContainer }
  { name: 'Storage__AuditContainer', value: botSettings.auditContainer }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: botSettings.appInsightsConnectionString }
  { name: 'Conferences__OrganiserMailbox', value: botSettings.organiserMailbox }
  { name: 'Area__Name', value: botSettings.areaName }
  // DefaultAzureCredential uses a user-assigned identity only when told its client id.
  { name: 'AZURE_CLIENT_ID', value: botSettings.appId }
]

// Bot:AllowedTenants is an array: one setting per element, Bot__AllowedTenants__0, __1, ...
var tenantSettings = [
  for (tenantId, i) in botSettings.allowedTenantIds: { name: 'Bot__AllowedTenants__${i}', value: tenantId }
]

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(settings, tenantSettings)
    }
  }
}

// azd deploys with an Entra token, so publishing with a user name and password is switched off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
