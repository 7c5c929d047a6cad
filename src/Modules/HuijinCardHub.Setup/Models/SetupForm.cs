using HuijinCardHub.Data;

namespace HuijinCardHub.Setup.Models;

/// <summary>Fields are nullable so MVC adds no English "required" errors of its own; the controller checks in both languages.</summary>
public sealed class SetupForm
{
    public string? SiteName { get; set; }
    public string? AdminUserName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string? ConfirmPassword { get; set; }
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
    public string? Recipe { get; set; }
}
