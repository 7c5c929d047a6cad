using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;

namespace HuijinCardHub.Kernel.Recipes.Steps;

/// <summary><c>{"name":"feature","enable":[...],"disable":[...]}</c>: applied by the runner's feature phase before data steps.</summary>
internal sealed class FeatureStep : IRecipeStep
{
    public string Name => "feature";

    public Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary><c>{"name":"recipes","values":[{"name":"other"}]}</c>: inlined by the runner when the recipe is read.</summary>
internal sealed class RecipesStep : IRecipeStep
{
    public string Name => "recipes";

    public Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
