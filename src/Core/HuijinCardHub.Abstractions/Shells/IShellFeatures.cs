using HuijinCardHub.Text;

namespace HuijinCardHub.Shells;
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
