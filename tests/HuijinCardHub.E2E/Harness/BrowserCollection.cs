namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// Tests in this collection share one browser and run one after another (two cores, one Chromium), and may share
/// one game-card shop (started only when a test asks for it).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<GameCardShop>
{
    public const string Name = "browser";
}
