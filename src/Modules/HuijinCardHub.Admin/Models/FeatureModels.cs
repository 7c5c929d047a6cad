using HuijinCardHub.Shells;

namespace HuijinCardHub.Admin.Models;

internal sealed record FeatureRow(FeatureInfo Info, string Name, string Description, bool IsEnabled, IReadOnlyList<string> DependencyNames);

internal sealed record FeatureCategory(string Title, IReadOnlyList<FeatureRow> Features);

/// <param name="Change">"enable" or "disable".</param>
internal sealed record FeatureConfirmModel(
    string Change,
    FeatureRow Feature,
    IReadOnlyList<string> AlsoEnable,
    IReadOnlyList<string> AlsoDisable,
    IReadOnlyList<string> Errors)
{
    public bool IsEnable => Change == FeatureChanges.Enable;
}

internal static class FeatureChanges
{
    public const string Enable = "enable";
    public const string Disable = "disable";
}
