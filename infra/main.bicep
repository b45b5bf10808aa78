// Case Coordinator Bot: one deployment per area (local authority or safeguarding partnership), in the
// host tenant. Deployed by `azd up` (azure.yaml); parameters come from main.parameters.json.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment. Names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for the resources (the Azure Bot itself is global).')
param location string

@minLength(3)
@description('Mailbox (address or object id) of the host tenant that organises conferences and strategy meetings.')
param organiserMailbox string

@minLength(1)
@description('Name of the area this deployment serves, shown by the bot, e.g. "Anyshire".')
param areaName string

@minLength(1)
@description('Tenant ids of the organisations whose staff may act through the bot. The host tenant by default; add agency tenants that join through shared channels.')
param allowedTenantIds string[] = [tenant().tenantId]

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
@description('App Service plan size. B1 or larger: the health check and always-on need a dedicated plan.')
param appServicePlanSku string = 'B1'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Teams is a standard channel, free on either.')
param botSku string = 'F0'

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
@description('Storage redundancy for case records and the audit log.')
param storageSku string = 'Standard_LRS'

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var identityName = 'id-${resourceToken}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

// The identity is passed by name, known before deployment, so role assignment names are too (What-If).
module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  dependsOn: [identity]
  params: {
    workspaceName: 'log-${resourceToken}'
    appInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    publisherIdentityName: identityName
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  dependsOn: [identity]
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    sku: storageSku
    stateContainer: 'botstate'
    auditContainer: 'audit'
    dataIdentityName: identityName
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  scope: resourceGroup
  params: {
    planName: 'plan-${resourceToken}'
    siteName: 'app-${resourceToken}'
    location: location
    tags: tags
    sku: appServicePlanSku
    identityId: identity.outputs.id
    botSettings: {
      appId: identity.outputs.clientId
      tenantId: tenant().tenantId
      allowedTenantIds: allowedTenantIds
      blobServiceUri: storage.outputs.blobEndpoint
      stateContainer: storage.outputs.stateContainer
      auditContainer: storage.outputs.auditContainer
      appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
      organiserMailbox: organiserMailbox
      areaName: areaName
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  scope: resourceGroup
  params: {
    name: 'bot-${resourceToken}'
    displayName: 'Case Coordinator'
    tags: tags
    sku: botSku
    endpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
  }
}

// azd saves these in .azure/<env>/.env; scripts/build-app-package.sh reads BOT_ID and BOT_DOMAIN from there.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output BOT_ID string = identity.outputs.clientId
output BOT_TENANT_ID string = tenant().tenantId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output BOT_DOMAIN string = app.outputs.defaultHostName
output BOT_ENDPOINT string = bot.outputs.endpoint
output BOT_RESOURCE_NAME string = bot.outputs.name
output WEB_APP_NAME string = app.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
