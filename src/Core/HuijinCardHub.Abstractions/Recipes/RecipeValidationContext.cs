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
}
