namespace HuijinCardHub.Modules;

/// <summary>Glue: the startup runs only when all these other features are enabled too.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeaturesAttribute(params string[] featureIds) : Attribute
{
    public IReadOnlyList<string> FeatureIds { get; } = featureIds;
}
