namespace HuijinCardHub.Recipes;

/// <summary>What the setup page and the Recipes page list about a recipe.</summary>
public sealed record RecipeInfo(string Name, string DisplayName, string Description, bool IsSetupRecipe, IReadOnlyList<string> Categories);

/// <summary>Runs a recipe against the current shell: validate all, then execute in order, all or nothing.</summary>
public interface IRecipeRunner
{
    IReadOnlyList<RecipeInfo> Available { get; }

    Task RunByNameAsync(string name, IDictionary<string, string>? variables = null, CancellationToken cancellationToken = default);

    Task RunJsonAsync(string json, CancellationToken cancellationToken = default);

    Task<string> ExportAsync(CancellationToken cancellationToken = default);
}
