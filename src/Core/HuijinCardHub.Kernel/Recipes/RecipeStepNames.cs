using System.Runtime.CompilerServices;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Recipes;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>
/// Every step name any module provides, enabled or not, so a recipe is checked before its features are
/// switched on. A step's <see cref="IRecipeStep.Name"/> must therefore be a constant expression.
/// </summary>
internal static class RecipeStepNames
{
    public static IReadOnlySet<string> Of(ModuleCatalog catalog) => catalog.Modules
        .Select(m => m.Assembly)
        .Append(typeof(RecipeStepNames).Assembly)
        .Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IRecipeStep).IsAssignableFrom(t))
        .Select(t => ((IRecipeStep)RuntimeHelpers.GetUninitializedObject(t)).Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
