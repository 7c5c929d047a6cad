namespace HuijinCardHub.Security;

/// <summary>Which permissions a standard role gets when the shop is set up.</summary>
public sealed record PermissionStereotype(string Role, IReadOnlyList<Permission> Permissions);
