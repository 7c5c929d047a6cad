namespace HuijinCardHub.Bench;

/// <summary>What the unattended setup of a bench shop uses: a recipe, and SQLite unless a PostgreSQL connection string is given.</summary>
internal sealed record ShopSetup(string Recipe, string? ConnectionString = null)
{
    public static readonly ShopSetup Default = new("default");

    public string DatabaseLabel => ConnectionString is null ? "SQLite" : "PostgreSQL";
}
