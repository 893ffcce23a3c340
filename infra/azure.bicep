// ikbot on Azure: App Service (Linux, Node 24) running `node dist/main.js` under a user-assigned
// managed identity, which is also the Azure Bot's identity (MicrosoftAppType=UserAssignedMSI: no
// client secret to rotate); the Teams channel; Key Vault holding the MongoDB connection string
// (read by the app through a Key Vault reference with the same identity); Application Insights on a
// Log Analytics workspace. The database is MongoDB Atlas or Azure Cosmos DB for MongoDB vCore:
// pass its connection string (mongodbUri), or set createCosmosVcore to create a vCore cluster here.
// Deployed by the Microsoft 365 Agents Toolkit (m365agents.yml, arm/deploy) or by
//   az deployment group create -g <group> -f infra/azure.bicep -p resourceBaseName=<name> mongodbUri=<uri>

@description('Prefix of every resource name: letters and digits, 3-20 characters, e.g. ikbotexempelby.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region; defaults to the resource group\'s (for Swedish municipalities: swedencentral).')
param location string = resourceGroup().location

@description('App Service plan SKU: B1 for a trial, P0v3 or P1v3 in production (always on, more memory).')
param appServiceSku string = 'P0v3'

@description('Azure Bot SKU: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'ikbot'

@secure()
@description('MongoDB connection string (Atlas or Cosmos DB for MongoDB vCore). Leave empty when createCosmosVcore is true.')
param mongodbUri string = ''

@description('Create an Azure Cosmos DB for MongoDB vCore cluster instead of using mongodbUri.')
param createCosmosVcore bool = false

@description('Administrator name of the vCore cluster (only with createCosmosVcore).')
param cosmosAdminUser string = 'ikbotadmin'

@secure()
@description('Administrator password of the vCore cluster (only with createCosmosVcore): 8-256 characters.')
param cosmosAdminPassword string = ''

@description('Database name inside the MongoDB server.')
param mongodbDb string = 'ikbot'

@description('Comma-separated Entra ID object ids of ikbot administrators (IKBOT_ADMINS).')
param ikbotAdmins string = ''

@description('Comma-separated tenant ids whose requests are served (IKBOT_ALLOWED_TENANTS); default: this tenant.')
param allowedTenants string = tenant().tenantId

@description('IANA time zone of due dates, working hours and schedules.')
param timeZone string = 'Europe/Stockholm'

var appName = '${resourceBaseName}-app'
var keyVaultName = take('${resourceBaseName}kv${uniqueString(resourceGroup().id)}', 24)
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

resource cosmos 'Microsoft.DocumentDB/mongoClusters@2024-07-01' = if (createCosmosVcore) {
  name: '${resourceBaseName}-mongo'
  location: location
  properties: {
    administrator: {
      userName: cosmosAdminUser
      password: cosmosAdminPassword
    }
    serverVersion: '7.0'
    compute: { tier: 'M30' }
    storage: { sizeGb: 32 }
    sharding: { shardCount: 1 }
    highAvailability: { targetMode: 'ZoneRedundantPreferred' }
    publicNetworkAccess: 'Enabled'
  }
}

// App Service's outbound addresses are Azure addresses: this rule admits Azure services only.
resource cosmosFirewall 'Microsoft.DocumentDB/mongoClusters/firewallRules@2024-07-01' = if (createCosmosVcore) {
  parent: cosmos
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// vCore needs retryWrites=false (it does not support retryable writes); ikbot's storage layer retries itself.
var cosmosUri = 'mongodb+srv://${cosmosAdminUser}:${cosmosAdminPassword}@${resourceBaseName}-mongo.mongocluster.cosmos.azure.com/?tls=true&authMechanism=SCRAM-SHA-256&retrywrites=false&maxIdleTimeMS=120000'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource mongodbSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'mongodb-uri'
  properties: {
    value: createCosmosVcore ? cosmosUri : mongodbUri
    contentType: 'MongoDB connection string for ikbot (MONGODB_URI)'
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node --max-old-space-size=256 --max-semi-space-size=8 dist/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        { name: 'MONGODB_URI', value: '@Microsoft.KeyVault(SecretUri=${mongodbSecret.properties.secretUri})' }
        { name: 'MONGODB_DB', value: mongodbDb }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'IKBOT_PUBLIC_URL', value: 'https://${appName}.azurewebsites.net' }
        { name: 'IKBOT_ADMINS', value: ikbotAdmins }
        { name: 'IKBOT_ALLOWED_TENANTS', value: allowedTenants }
        { name: 'IKBOT_TIMEZONE', value: timeZone }
      ]
    }
  }
  dependsOn: [identityReadsSecrets]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Written into env/.env.<environment> by the Agents Toolkit (upper-cased), used by the manifest and deploy.
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = app.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.id
output KEY_VAULT_NAME string = vault.name
output APPLICATIONINSIGHTS_RESOURCE_ID string = insights.id
