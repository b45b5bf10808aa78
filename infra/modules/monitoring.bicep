// Log Analytics workspace and workspace-based Application Insights for the bot's OpenTelemetry data.
param workspaceName string
param appInsightsName string
param location string
param tags {
  *: string
}

@description('Name of the bot identity (same resource group), which may publish telemetry with an Entra token.')
param publisherIdentityName string

// Monitoring Metrics Publisher: lets the exporter authenticate with the managed identity.
var metricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource publisherIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: publisherIdentityName
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherIdentity.id, metricsPublisherRoleId)
  scope: appInsights
  properties: {
    principalId: publisherIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRoleId)
  }
}

output appInsightsConnectionString string = appInsights.properties.ConnectionString
output appInsightsName string = appInsights.name
