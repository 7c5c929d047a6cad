using System.Text.Json.Nodes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Recipes;

public sealed class RecipeExecutionContext
{
    public required string RecipeName { get; init; }

    /// <summary>Services of the shell as it is now; a "feature" step rebuilds the shell, later steps see the new one.</summary>
    public required IServiceProvider Services { get; set; }

    public IDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The folder of the recipe file, where a step finds files the recipe ships (paths relative to the recipe, never
    /// above it); null for an uploaded or embedded recipe, which cannot name files.
    /// </summary>
    public string? Folder { get; init; }
}
