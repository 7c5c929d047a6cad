using System.Text.Json.Nodes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Recipes;

/// <summary>
/// A recipe step a feature understands (Orchard's shape: <c>{ "name": "feature", ... }</c>).
/// Validation runs for every step before any step executes.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Returns problems with the step's JSON; an empty list means it may run.</summary>
    IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context) => [];

    Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken);
}

public sealed class RecipeValidationContext
{
    /// <summary>Every feature id the host knows.</summary>
    public required IReadOnlySet<string> KnownFeatures { get; init; }

    /// <summary>Every step name some feature (enabled or not) provides.</summary>
    public required IReadOnlySet<string> KnownSteps { get; init; }

    /// <summary>Recipe names that can be nested with the "recipes" step.</summary>
    public required IReadOnlySet<string> KnownRecipes { get; init; }
}

public sealed class RecipeExecutionContext
{
    public required string RecipeName { get; init; }

    /// <summary>Services of the shell as it is now; a "feature" step rebuilds the shell, later steps see the new one.</summary>
    public required IServiceProvider Services { get; set; }

    public IDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}

/// <summary>Writes part of the current configuration back as a recipe step.</summary>
public interface IRecipeExportSource
{
    /// <summary>Lower runs first; features and themes export before content that needs them.</summary>
    int Order => 0;

    Task<IEnumerable<JsonObject>> ExportAsync(IServiceProvider services, CancellationToken cancellationToken);
}
