using HuijinCardHub.Data;

namespace HuijinCardHub.Kernel.Shells;

internal enum TenantState
{
    Uninitialized,
    Running,
    Disabled,
}

/// <summary>A tenant: its name, how requests reach it, and where its database is.</summary>
internal sealed record ShellSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public TenantState State { get; init; } = TenantState.Uninitialized;
    /// <summary>Comma-separated host names; empty matches any host.</summary>
    public string? RequestUrlHost { get; init; }
    /// <summary>A first path segment such as "shop2"; empty for none.</summary>
    public string? RequestUrlPrefix { get; init; }
    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; init; }

    public bool IsDefault => Name == DefaultName;

    public IEnumerable<string> HostNames =>
        (RequestUrlHost ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
