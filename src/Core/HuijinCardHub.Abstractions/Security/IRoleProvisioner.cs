namespace HuijinCardHub.Security;
/// <summary>Creates roles and grants permissions: used by the recipe "roles" step and by export.</summary>
public interface IRoleProvisioner
{
    Task EnsureRoleAsync(string name, IEnumerable<string> permissions, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RoleGrant>> ListAsync(CancellationToken cancellationToken = default);
}
