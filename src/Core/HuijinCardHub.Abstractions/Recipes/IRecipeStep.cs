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
