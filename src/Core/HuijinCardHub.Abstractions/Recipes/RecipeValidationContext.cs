using System.Text.Json.Nodes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Recipes;

public sealed class RecipeValidationContext
{
    /// <summary>Every feature id the host knows.</summary>
    public required IReadOnlySet<string> KnownFeatures { get; init; }

    /// <summary>Every step name some feature (enabled or not) provides.</summary>
    public required IReadOnlySet<string> KnownSteps { get; init; }

    /// <summary>Recipe names that can be nested with the "recipes" step.</summary>
    public required IReadOnlySet<string> KnownRecipes { get; init; }

    /// <summary>
    /// The folder of the recipe file, where a step finds files the recipe ships (paths relative to the recipe, never
    /// above it); null for an uploaded or embedded recipe, which cannot name files.
    /// </summary>
    public string? Folder { get; init; }
}
