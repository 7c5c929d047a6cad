using HuijinCardHub.Recipes;

namespace HuijinCardHub.Admin.Models;

/// <param name="PastedJson">Kept when a pasted recipe failed, so the merchant can fix it.</param>
internal sealed record RecipeListModel(IReadOnlyList<RecipeInfo> Recipes, string? PastedJson, string? ImportError);
