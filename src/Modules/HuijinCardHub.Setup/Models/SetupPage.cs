using HuijinCardHub.Recipes;

namespace HuijinCardHub.Setup.Models;

public sealed class SetupPage
{
    public required SetupForm Form { get; init; }
    public IReadOnlyList<RecipeInfo> Recipes { get; init; } = [];
    public List<string> Errors { get; } = [];
}
