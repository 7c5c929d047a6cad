namespace HuijinCardHub.Recipes;

/// <summary>Runs a recipe against the current shell: validate all, then execute in order, all or nothing.</summary>
public interface IRecipeRunner
{
    IReadOnlyList<RecipeInfo> Available { get; }

    Task RunByNameAsync(string name, IDictionary<string, string>? variables = null, CancellationToken cancellationToken = default);

    Task RunJsonAsync(string json, CancellationToken cancellationToken = default);

    Task<string> ExportAsync(CancellationToken cancellationToken = default);
}
