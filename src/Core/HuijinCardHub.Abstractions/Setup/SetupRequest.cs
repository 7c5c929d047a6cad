using HuijinCardHub.Data;

namespace HuijinCardHub.Setup;
/// <summary>What a merchant gives to open a shop: from the setup page, configuration, or a test.</summary>
public sealed record SetupRequest
{
    public required string SiteName { get; init; }
    public required string AdminUserName { get; init; }
    public required string AdminEmail { get; init; }
    public required string AdminPassword { get; init; }
    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;
    /// <summary>Empty for SQLite means a file under the tenant's app-data folder.</summary>
    public string? ConnectionString { get; init; }
    public string Recipe { get; init; } = "default";
    public string Tenant { get; init; } = "Default";
    /// <summary>
    /// Where the shop's links in mails point ("https://shop.example.com"): the address the installer used on the
    /// setup page, or Setup__PublicAddress; empty means the address the host listens on.
    /// </summary>
    public string? PublicAddress { get; init; }
}
