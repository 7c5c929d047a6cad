using System.Reflection;
using HuijinCardHub.Modules;
using HuijinCardHub.Security;

namespace HuijinCardHub.Users.Services;

/// <summary>Makes sure the standard roles exist and hold the default permissions of the enabled features.</summary>
internal sealed class StereotypeGrants(IRoleProvisioner provisioner, IEnumerable<IPermissionProvider> providers)
{
    /// <summary>Grants every provider's stereotypes: at setup, when the roles are new.</summary>
    public Task ApplyAllAsync(CancellationToken cancellationToken) => ApplyAsync(providers, cancellationToken);

    /// <summary>
    /// Grants only the stereotypes of features that were just enabled, so a default grant the merchant took
    /// away from a role is not handed back every time some other feature is switched.
    /// </summary>
    public Task ApplyForFeaturesAsync(IReadOnlyCollection<string> enabledFeatures, CancellationToken cancellationToken)
    {
        var fresh = providers.Where(p => p.GetType().Assembly
            .GetCustomAttributes<FeatureAttribute>()
            .Any(f => enabledFeatures.Contains(f.Id)));
        return ApplyAsync(fresh, cancellationToken);
    }

    private async Task ApplyAsync(IEnumerable<IPermissionProvider> chosen, CancellationToken cancellationToken)
    {
        var grants = StandardRoles.All.ToDictionary(r => r, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var stereotype in chosen.SelectMany(p => p.GetDefaultStereotypes()))
        {
            if (!grants.TryGetValue(stereotype.Role, out var set))
            {
                grants[stereotype.Role] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(stereotype.Permissions.Select(p => p.Name));
        }

        foreach (var (role, permissions) in grants)
        {
            await provisioner.EnsureRoleAsync(role, permissions, cancellationToken);
        }
    }
}
