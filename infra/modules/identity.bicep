// The bot's identity: its app id towards Bot Framework, and its credential for Storage and Graph.
param name string
param location string
param tags {
  *: string
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
