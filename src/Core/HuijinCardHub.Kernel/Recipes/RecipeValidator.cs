using System.Text.Json.Nodes;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Text;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>Checks a whole recipe before anything runs: unknown steps, unknown features, malformed kernel steps.</summary>
internal static class RecipeValidator
{
    public static IReadOnlyList<Bilingual> Check(IReadOnlyList<JsonObject> steps, ModuleCatalog catalog, IReadOnlySet<string> knownSteps)
    {
        var errors = new List<Bilingual>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var name = RecipeDocument.StepName(step);
            if (!knownSteps.Contains(name))
            {
                errors.Add(new Bilingual($"第 {i + 1} 步：未知步骤 {name}", $"Step {i + 1}: unknown step {name}"));
                continue;
            }

            if (string.Equals(name, "feature", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var id in FeaturePhase.Ids(step, "enable").Concat(FeaturePhase.Ids(step, "disable")).Where(id => !catalog.Features.ContainsKey(id)))
                {
                    errors.Add(new Bilingual($"第 {i + 1} 步：未知功能 {id}", $"Step {i + 1}: unknown feature {id}"));
                }
            }

            if (string.Equals(name, "themes", StringComparison.OrdinalIgnoreCase) && FeaturePhase.ThemeFeature(step, catalog) is null)
            {
                errors.Add(new Bilingual($"第 {i + 1} 步：未知主题 {RecipeDocument.Text(step, "site")}", $"Step {i + 1}: unknown theme {RecipeDocument.Text(step, "site")}"));
            }
        }

        return errors;
    }
}
