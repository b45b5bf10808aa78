using CaseCoordinatorBot.Testing.Storage;

namespace CaseCoordinatorBot.Tests.Storage;

/// <summary>One Azurite for every test of this project that names the collection.</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
