using System.Globalization;
using System.Text;
using System.Text.Json;
using HuijinCardHub.Admin.Models;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>
/// Runs the shop's recipes, imports one from a file or pasted JSON, and exports the shop as a recipe. A recipe can set any
/// settings section (where mail and webhooks go) and any role's permissions, so every page here also needs sudo mode.
/// </summary>
[RequirePermission("ManageRecipes")]
[RequireSudo]
[Route("admin/recipes")]
internal sealed class RecipeAdminController(IRecipeRunner recipes, IAdminDesk desk, IClock clock) : Controller
{
    private const long MaxRecipeBytes = 4 * 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View(new RecipeListModel(Ordered(), null, null));

    [HttpGet("run/{name}")]
    public IActionResult Confirm(string name) =>
        Find(name) is { } recipe ? View(recipe) : NotFound();

    [HttpPost("run/{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Run(string name, CancellationToken cancellationToken)
    {
        if (Find(name) is not { } recipe)
        {
            return NotFound();
        }

        try
        {
            await recipes.RunByNameAsync(recipe.Name, null, cancellationToken);
        }
        catch (ShopException ex)
        {
            desk.Error(ex.Text);
            return RedirectToAction(nameof(Confirm), new { name });
        }

        await desk.AuditAsync("recipe.run", recipe.Name, null, cancellationToken);
        desk.Notice(new Bilingual($"配方「{recipe.DisplayName}」已运行", $"Recipe \"{recipe.DisplayName}\" has run"));
        // A recipe may have switched features and so swapped the shell.
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxRecipeBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRecipeBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, string? json, CancellationToken cancellationToken)
    {
        var (text, source) = await ReadRecipeAsync(file, json, cancellationToken);
        var problem = text is null ? new Bilingual("请上传配方文件或粘贴配方 JSON", "Upload a recipe file or paste the recipe JSON") : CheckJson(text);
        if (problem is null)
        {
            try
            {
                await recipes.RunJsonAsync(text!, cancellationToken);
            }
            catch (ShopException ex)
            {
                problem = ex.Text;
            }
        }

        if (problem is not null)
        {
            return View(nameof(Index), new RecipeListModel(Ordered(), json ?? text, problem.ToString()));
        }

        await desk.AuditAsync("recipe.import", source, RecipeName(text!), cancellationToken);
        desk.Notice(new Bilingual("导入的配方已运行", "The imported recipe has run"));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var json = await recipes.ExportAsync(cancellationToken);
        var fileName = "recipe-export-" + clock.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".json";
        await desk.AuditAsync("recipe.export", fileName, null, cancellationToken);
        return File(Encoding.UTF8.GetBytes(json), "application/json", fileName);
    }

    private IReadOnlyList<RecipeInfo> Ordered() =>
        [.. recipes.Available.OrderBy(r => r.IsSetupRecipe).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)];

    private RecipeInfo? Find(string name) =>
        recipes.Available.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A chosen file wins over pasted text (the page may have copied the file into the box too).</summary>
    private static async Task<(string? Text, string Source)> ReadRecipeAsync(IFormFile? file, string? json, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            return (await reader.ReadToEndAsync(cancellationToken), Path.GetFileName(file.FileName));
        }

        return string.IsNullOrWhiteSpace(json) ? (null, "") : (json, "pasted");
    }

    private static Bilingual? CheckJson(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxRecipeBytes)
        {
            return new Bilingual("配方文件过大（上限 4 MB）", "The recipe is too large (4 MB at most)");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? null
                : new Bilingual("配方必须是一个 JSON 对象", "A recipe must be a JSON object");
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            return new Bilingual($"不是有效的 JSON（第 {line} 行第 {column} 个字节附近）", $"Not valid JSON (near line {line}, byte {column})");
        }
    }

    private static string? RecipeName(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
    }
}
