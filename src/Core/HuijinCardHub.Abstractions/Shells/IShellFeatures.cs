using HuijinCardHub.Text;

namespace HuijinCardHub.Shells;

public sealed record FeatureInfo(
    string Id,
    string Name,
    string Category,
    string Description,
    string ModuleId,
    IReadOnlyList<string> Dependencies,
    bool IsAlwaysEnabled,
    bool DefaultTenantOnly,
    bool IsTheme);

/// <summary>What else changes if a feature is switched: shown before the merchant confirms.</summary>
public sealed record FeatureChangePlan(IReadOnlyList<string> ToEnable, IReadOnlyList<string> ToDisable, IReadOnlyList<Bilingual> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Switches features of the current shell at run time; the shell is rebuilt and swapped without a restart.</summary>
public interface IShellFeatures
{
    IReadOnlyList<FeatureInfo> Available { get; }

    IReadOnlyList<string> Enabled { get; }

    FeatureChangePlan PlanEnable(IEnumerable<string> featureIds);

    FeatureChangePlan PlanDisable(IEnumerable<string> featureIds);

    /// <summary>Throws <see cref="ShopException"/> with the plan's errors and changes nothing when the plan is invalid.</summary>
    Task<FeatureChangePlan> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    Task<FeatureChangePlan> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);
}

/// <summary>The tenant the current scope belongs to.</summary>
public sealed record ShellInfo(string Name, string? RequestUrlHost, string? RequestUrlPrefix);
