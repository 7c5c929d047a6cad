namespace HuijinCardHub.Users.Models;

public sealed record UserRow(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsLockedOut, bool TwoFactorEnabled);

public sealed class UserListPage
{
    public string? Query { get; init; }
    public int Page { get; init; } = 1;
    public bool HasMore { get; init; }
    public IReadOnlyList<UserRow> Users { get; init; } = [];
    public string? Notice { get; set; }
    public List<string> Errors { get; } = [];
}

public sealed class UserEditForm
{
    public string? UserName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public List<string> Roles { get; set; } = [];
}

/// <summary>Create (Id null) or edit a user: the form plus every role to choose from.</summary>
public sealed class UserEditPage
{
    public string? Id { get; init; }
    public required UserEditForm Form { get; init; }
    public IReadOnlyList<string> AllRoles { get; init; } = [];
    public bool IsLockedOut { get; init; }
    public List<string> Errors { get; } = [];
}

public sealed record RoleRow(string Name, int PermissionCount);

public sealed class RoleListPage
{
    public IReadOnlyList<RoleRow> Roles { get; init; } = [];
    public string? NewRoleName { get; init; }
    public List<string> Errors { get; } = [];
    public string? Notice { get; set; }
}

public sealed record PermissionChoice(string Name, string Description, bool Granted);

public sealed record PermissionGroup(string Category, IReadOnlyList<PermissionChoice> Permissions);

public sealed class RoleEditPage
{
    public required string Role { get; init; }
    public bool IsAdministrator { get; init; }
    public IReadOnlyList<PermissionGroup> Groups { get; init; } = [];
    public List<string> Errors { get; } = [];
    public string? Notice { get; set; }
}
