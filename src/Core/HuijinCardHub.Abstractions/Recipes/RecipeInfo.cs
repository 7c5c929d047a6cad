namespace HuijinCardHub.Recipes;
/// <summary>What the setup page and the Recipes page list about a recipe.</summary>
public sealed record RecipeInfo(string Name, string DisplayName, string Description, bool IsSetupRecipe, IReadOnlyList<string> Categories);
