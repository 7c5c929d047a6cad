using HuijinCardHub.Text;

namespace HuijinCardHub.Shells;

/// <summary>What else changes if a feature is switched: shown before the merchant confirms.</summary>
public sealed record FeatureChangePlan(IReadOnlyList<string> ToEnable, IReadOnlyList<string> ToDisable, IReadOnlyList<Bilingual> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
