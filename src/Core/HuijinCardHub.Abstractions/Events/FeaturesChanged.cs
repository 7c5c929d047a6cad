namespace HuijinCardHub.Events;

/// <summary>Raised after a shell was rebuilt with a changed set of features.</summary>
public sealed record FeaturesChanged(string Tenant, IReadOnlyList<string> Enabled, IReadOnlyList<string> Disabled);
