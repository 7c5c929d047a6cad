using System.Text.Json.Nodes;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Recipes;
using HuijinCardHub.Shells;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>
/// Runs a recipe all or nothing. Everything is checked first (JSON, step names, feature ids, nested
/// recipes). Then the feature and theme steps are applied together in one shell rebuild, and the
/// other steps run in order inside one transaction. Any failure rolls the data back and restores the
/// features the shop had before.
/// </summary>
internal sealed class RecipeRunner(
    RecipeHarvester harvester,
    ModuleCatalog catalog,
    IServiceProvider shellServices,
    ShellHost shells,
    ShellSettings settings,
    ILogger<RecipeRunner> logger) : IRecipeRunner
{
    // Resolved late: a setup shell lists recipes but has no database, hence no features service yet.
    private ShellFeaturesService Features => shellServices.GetRequiredService<ShellFeaturesService>();

    public IReadOnlyList<RecipeInfo> Available => harvester.All.Values.Select(r => r.Document.Info).OrderBy(r => r.Name).ToList();

    public Task RunByNameAsync(string name, IDictionary<string, string>? variables = null, CancellationToken cancellationToken = default) =>
        RunAsync(harvester.Get(name).Document, variables, cancellationToken, harvester.FolderOf(name));

    public Task RunJsonAsync(string json, CancellationToken cancellationToken = default) =>
        RunAsync(RecipeDocument.Parse(json, "upload"), null, cancellationToken);

    public Task<string> ExportAsync(CancellationToken cancellationToken = default) =>
        RecipeExporter.ExportAsync(Features.Enabled, shells, settings, cancellationToken);

    // An uploaded recipe has no folder: it cannot make the shop read files from the server's disk.
    private async Task RunAsync(RecipeDocument recipe, IDictionary<string, string>? variables, CancellationToken cancellationToken, string? folder = null)
    {
        var vars = new Dictionary<string, string>(recipe.Variables, StringComparer.Ordinal);
        foreach (var (key, value) in variables ?? new Dictionary<string, string>())
        {
            vars[key] = value;
        }

        var steps = Flatten(recipe, [], 0).Select(s => RecipeVariables.Apply(s, vars)).ToList();
        var errors = RecipeValidator.Check(steps, catalog, RecipeStepNames.Of(catalog));
        ThrowIfAny(recipe.Info.Name, errors);

        var plan = FeaturePhase.Plan(steps, catalog, Features.Enabled, settings.IsDefault);
        ThrowIfAny(recipe.Info.Name, plan.Errors);
        var shell = await Features.ApplyAsync(plan, cancellationToken) ?? await shells.GetAsync(settings.Name, cancellationToken);
        try
        {
            await RunDataStepsAsync(recipe.Info.Name, folder, shell, steps.Where(s => !FeaturePhase.IsFeatureOnly(s)).ToList(), vars, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Recipe {Recipe} failed; restoring features", recipe.Info.Name);
            await RestoreFeaturesAsync(shell, plan);
            throw ex is ShopException ? ex : new ShopException(new Bilingual(
                $"配方 {recipe.Info.Name} 执行失败，已回滚：{ex.Message}",
                $"Recipe {recipe.Info.Name} failed and was rolled back: {ex.Message}"), ex);
        }

        logger.LogInformation("Recipe {Recipe} ran {Count} steps on tenant {Tenant}", recipe.Info.Name, steps.Count, settings.Name);
    }

    private static async Task RunDataStepsAsync(string recipe, string? folder, ShellContext shell, List<JsonObject> steps, Dictionary<string, string> vars, CancellationToken cancellationToken)
    {
        await using var scope = shell.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var handlers = services.GetServices<IRecipeStep>().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var context = new RecipeValidationContext
        {
            KnownFeatures = IdsOf(shell),
            KnownSteps = handlers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            KnownRecipes = new HashSet<string>(), // nested recipes were inlined when the recipe was read
            Folder = folder,
        };
        var errors = new List<Bilingual>();
        foreach (var step in steps)
        {
            var name = RecipeDocument.StepName(step);
            if (!handlers.TryGetValue(name, out var handler))
            {
                errors.Add(new Bilingual($"步骤 {name} 所属的功能未启用", $"The feature providing step {name} is not enabled"));
                continue;
            }

            errors.AddRange(handler.Validate(step, context));
        }

        ThrowIfAny(recipe, errors);
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var execution = new RecipeExecutionContext { RecipeName = recipe, Services = services, Variables = vars, Folder = folder };
        foreach (var step in steps)
        {
            await handlers[RecipeDocument.StepName(step)].ExecuteAsync(step, execution, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        static IReadOnlySet<string> IdsOf(ShellContext shell) => shell.Features.Select(f => f.Info.Id).ToHashSet(StringComparer.Ordinal);
    }

    private async Task RestoreFeaturesAsync(ShellContext shell, FeatureChangePlan applied)
    {
        if (applied.ToEnable.Count == 0 && applied.ToDisable.Count == 0)
        {
            return;
        }

        await using var scope = shell.Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<ShellFeaturesService>();
        var undo = new FeatureChangePlan(applied.ToDisable, applied.ToEnable, []);
        await current.ApplyAsync(undo, CancellationToken.None);
    }

    private IEnumerable<JsonObject> Flatten(RecipeDocument recipe, HashSet<string> path, int depth)
    {
        if (!path.Add(recipe.Info.Name) || depth > 8)
        {
            throw new ShopException(new Bilingual($"配方 {recipe.Info.Name} 嵌套引用了自己", $"Recipe {recipe.Info.Name} includes itself"));
        }

        foreach (var step in recipe.Steps)
        {
            if (!string.Equals(RecipeDocument.StepName(step), "recipes", StringComparison.OrdinalIgnoreCase))
            {
                yield return step;
                continue;
            }

            foreach (var nested in NestedNames(step))
            {
                if (!harvester.All.TryGetValue(nested, out var inner))
                {
                    throw new ShopException(new Bilingual($"嵌套的配方不存在：{nested}", $"Nested recipe not found: {nested}"));
                }

                foreach (var innerStep in Flatten(inner.Document, [.. path], depth + 1))
                {
                    yield return innerStep;
                }
            }
        }

        path.Remove(recipe.Info.Name);
    }

    internal static IEnumerable<string> NestedNames(JsonObject step) =>
        (step["values"] ?? step["Values"]) is JsonArray values
            ? values.OfType<JsonObject>().Select(v => RecipeDocument.Text(v, "name") ?? "")
            : [];

    private static void ThrowIfAny(string recipe, IReadOnlyList<Bilingual> errors)
    {
        if (errors.Count > 0)
        {
            throw new ShopException(new Bilingual(
                $"配方 {recipe} 无效，未做任何更改：" + string.Join("；", errors.Select(e => e.Chinese)),
                $"Recipe {recipe} is invalid; nothing was changed: " + string.Join("; ", errors.Select(e => e.English))));
        }
    }
}
