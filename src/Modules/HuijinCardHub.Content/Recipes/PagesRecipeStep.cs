using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>
/// <c>{"name":"pages","pages":[{"slug":"about","title":"关于我们","body":"&lt;p&gt;..&lt;/p&gt;","showInNavigation":true}]}</c>.
/// Optional per page: "published" (default true) and "sortOrder" (default: the order in the list).
/// Pages are matched by slug, so running a recipe again updates them.
/// </summary>
internal sealed class PagesRecipeStep : IRecipeStep
{
    public string Name => "pages";

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step["pages"] is not JsonArray pages)
        {
            return [new Bilingual("pages 步骤需要一个 pages 数组", "The pages step needs a \"pages\" array")];
        }

        var problems = new List<Bilingual>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i] is not JsonObject page)
            {
                problems.Add(new Bilingual($"pages 第 {i + 1} 项不是对象", $"Item {i + 1} of pages is not an object"));
                continue;
            }

            var input = Read(page, i);
            problems.AddRange(PageRules.Check(input).Select(p => new Bilingual($"pages 第 {i + 1} 项：{p.Chinese}", $"Item {i + 1} of pages: {p.English}")));
            if (PageRules.IsValidSlug(input.Slug) && !slugs.Add(input.Slug))
            {
                problems.Add(new Bilingual($"页面地址「{input.Slug}」重复", $"The page address \"{input.Slug}\" appears twice"));
            }
        }

        return problems;
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var service = context.Services.GetRequiredService<PageService>();
        var pages = step["pages"]!.AsArray();
        for (var i = 0; i < pages.Count; i++)
        {
            await service.UpsertBySlugAsync(Read(pages[i]!.AsObject(), i), cancellationToken);
        }
    }

    internal static PageInput Read(JsonObject page, int index) => new(
        Text(page, "slug") ?? "",
        Text(page, "title") ?? "",
        Text(page, "body") ?? Text(page, "bodyHtml") ?? "",
        Flag(page, "published") ?? true,
        Flag(page, "showInNavigation") ?? false,
        Number(page, "sortOrder") ?? (index + 1) * 10);

    private static string? Text(JsonObject page, string name) =>
        page[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    private static bool? Flag(JsonObject page, string name) =>
        page[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static int? Number(JsonObject page, string name) =>
        page[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
