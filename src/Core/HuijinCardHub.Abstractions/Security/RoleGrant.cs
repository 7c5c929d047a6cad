namespace HuijinCardHub.Security;

public sealed record RoleGrant(string Role, IReadOnlyList<string> Permissions);
