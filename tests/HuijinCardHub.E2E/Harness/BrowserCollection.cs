namespace HuijinCardHub.E2E.Harness;

/// <summary>Tests in this collection share one browser and run one after another (two cores, one Chromium).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
