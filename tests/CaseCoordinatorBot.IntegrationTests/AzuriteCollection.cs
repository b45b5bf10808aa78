using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.IntegrationTests;

/// <summary>One real Azurite for the whole project; every bot host gets its own containers.</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
