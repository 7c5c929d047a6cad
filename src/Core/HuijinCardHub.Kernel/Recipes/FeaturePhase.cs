using System.Text.Json.Nodes;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Shells;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>
/// The feature and theme steps of a recipe, folded into one change so the shell is rebuilt once
/// before the data steps run (and can be put back in one change if they fail).
/// </summary>
internal static class FeaturePhase
{
    public static FeatureChangePlan Plan(IEnumerable<JsonObject> steps, ModuleCatalog catalog, IReadOnlyList<string> current, bool isDefaultTenant)
    {
        var state = current.ToHashSet(StringComparer.Ordinal);
        var errors = new List<HuijinCardHub.Text.Bilingual>();
        foreach (var step in steps)
        {
            var name = RecipeDocument.StepName(step);
            IEnumerable<string> enable = [];
            IEnumerable<string> disable = [];
            if (string.Equals(name, "feature", StringComparison.OrdinalIgnoreCase))
            {
                enable = Ids(step, "enable");
                disable = Ids(step, "disable");
            }
            else if (string.Equals(name, "themes", StringComparison.OrdinalIgnoreCase) && ThemeFeature(step, catalog) is { } theme)
            {
                enable = [theme];
            }

            var on = catalog.Graph.PlanEnable(state, enable, isDefaultTenant);
            errors.AddRange(on.Errors);
            state.UnionWith(on.ToEnable);
            var off = catalog.Graph.PlanDisable(state, disable);
            errors.AddRange(off.Errors);
            state.ExceptWith(off.ToDisable);
        }

        var toEnable = catalog.Graph.Sort(state.Except(current));
        var toDisable = catalog.Graph.Sort(current.Except(state)).Reverse().ToList();
        return new FeatureChangePlan(toEnable, toDisable, errors);
    }

    /// <summary>Steps with nothing to do once the features are switched.</summary>
    public static bool IsFeatureOnly(JsonObject step) =>
        string.Equals(RecipeDocument.StepName(step), "feature", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Ids(JsonObject step, string key) =>
        step.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is JsonArray array
            ? array.Select(v => v?.ToString() ?? "")
            : [];

    /// <summary>"Jade" or "HuijinCardHub.Themes.Jade" → the theme's feature id.</summary>
    public static string? ThemeFeature(JsonObject step, ModuleCatalog catalog)
    {
        var theme = RecipeDocument.Text(step, "site");
        if (string.IsNullOrWhiteSpace(theme))
        {
            return null;
        }

        return catalog.Features.Values
            .Where(f => f.Info.IsTheme)
            .Select(f => f.Info.Id)
            .FirstOrDefault(id => id == theme || id.EndsWith("." + theme, StringComparison.OrdinalIgnoreCase));
    }

    public static string ThemeName(string featureId) => featureId[(featureId.LastIndexOf('.') + 1)..];
}
