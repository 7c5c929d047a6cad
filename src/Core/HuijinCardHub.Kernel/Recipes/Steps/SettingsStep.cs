using System.Text.Json.Nodes;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Recipes;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Recipes.Steps;

/// <summary><c>{"name":"settings","Smtp":{...},"Users":{...}}</c>: each property is a settings section, typed-checked.</summary>
internal sealed class SettingsStep(ModuleCatalog catalog) : IRecipeStep
{
    public string Name => "settings";

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        foreach (var (key, value) in Sections(step))
        {
            if (!catalog.SettingsSections.ContainsKey(key))
            {
                yield return new Bilingual($"未知设置分区：{key}", $"Unknown settings section: {key}");
            }
            else if (value is not JsonObject)
            {
                yield return new Bilingual($"设置分区 {key} 必须是对象", $"Settings section {key} must be an object");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<ISettingsStore>();
        foreach (var (key, value) in Sections(step))
        {
            await store.SaveRawAsync(key, value!.ToJsonString(), cancellationToken);
        }
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Sections(JsonObject step) =>
        step.Where(p => !string.Equals(p.Key, "name", StringComparison.OrdinalIgnoreCase));
}
