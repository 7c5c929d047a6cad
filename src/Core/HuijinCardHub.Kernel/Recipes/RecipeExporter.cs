using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Sites;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>Writes the shop's configuration back as a recipe that rebuilds it on a fresh install.</summary>
internal static class RecipeExporter
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task<string> ExportAsync(IReadOnlyList<string> enabled, ShellHost shells, ShellSettings settings, CancellationToken cancellationToken)
    {
        var shell = await shells.GetAsync(settings.Name, cancellationToken);
        await using var scope = shell.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var steps = new JsonArray
        {
            new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray(enabled.Select(e => (JsonNode)e!).ToArray()) },
        };
        var site = (await services.GetRequiredService<ISiteStore>().ListAsync(cancellationToken)).First(s => s.IsDefault);
        steps.Add(new JsonObject { ["name"] = "themes", ["site"] = site.Theme });

        var settingsStep = new JsonObject { ["name"] = "settings" };
        foreach (var (section, json) in await services.GetRequiredService<ISettingsStore>().GetAllRawAsync(cancellationToken))
        {
            settingsStep[section] = JsonNode.Parse(json);
        }

        steps.Add(settingsStep);
        if (services.GetService<IRoleProvisioner>() is { } roles)
        {
            var list = new JsonArray();
            foreach (var grant in await roles.ListAsync(cancellationToken))
            {
                list.Add(new JsonObject { ["Name"] = grant.Role, ["Permissions"] = new JsonArray(grant.Permissions.Select(p => (JsonNode)p!).ToArray()) });
            }

            steps.Add(new JsonObject { ["name"] = "roles", ["Roles"] = list });
        }

        foreach (var source in services.GetServices<IRecipeExportSource>().OrderBy(s => s.Order))
        {
            foreach (var step in await source.ExportAsync(services, cancellationToken))
            {
                steps.Add(step);
            }
        }

        var recipe = new JsonObject
        {
            ["name"] = "export",
            ["displayName"] = $"{site.Name} 导出",
            ["description"] = $"Exported from tenant {settings.Name}",
            ["author"] = "HuijinCardHub",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("export"),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
        return recipe.ToJsonString(Pretty);
    }
}
