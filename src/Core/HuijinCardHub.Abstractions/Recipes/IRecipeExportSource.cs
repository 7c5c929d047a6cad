using System.Text.Json.Nodes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Recipes;

/// <summary>Writes part of the current configuration back as a recipe step.</summary>
public interface IRecipeExportSource
{
    /// <summary>Lower runs first; features and themes export before content that needs them.</summary>
    int Order => 0;

    Task<IEnumerable<JsonObject>> ExportAsync(IServiceProvider services, CancellationToken cancellationToken);
}
