using System.Text.Json.Nodes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Recipes;

/// <summary>
/// <c>{"name":"announcements","announcements":[{"title":"..","body":"&lt;p&gt;..&lt;/p&gt;","pinned":true,"publishedFrom":"2026-12-01T00:00:00Z","publishedUntil":null}]}</c>.
/// Optional: "published" (default true), "sortOrder" (default: the order in the list). Matched by title, so running it again updates them.
/// </summary>
internal sealed class AnnouncementsRecipeStep : ItemsStep<AnnouncementInput>
{
    public override string Name => "announcements";

    protected override Bilingual ItemName => new("公告", "announcement");

    protected override AnnouncementInput Read(JsonObject item, int index, List<Bilingual> problems)
    {
        if (!RecipeValues.TryDate(item, "publishedFrom", out var from))
        {
            problems.Add(new Bilingual("publishedFrom 不是有效的时间（例如 2026-12-01T00:00:00Z）", "publishedFrom is not a valid time (e.g. 2026-12-01T00:00:00Z)"));
        }

        if (!RecipeValues.TryDate(item, "publishedUntil", out var until))
        {
            problems.Add(new Bilingual("publishedUntil 不是有效的时间（例如 2026-12-31T00:00:00Z）", "publishedUntil is not a valid time (e.g. 2026-12-31T00:00:00Z)"));
        }

        return new AnnouncementInput(
            RecipeValues.Text(item, "title") ?? "",
            RecipeValues.Text(item, "body") ?? RecipeValues.Text(item, "bodyHtml") ?? "",
            RecipeValues.Flag(item, "published") ?? true,
            RecipeValues.Flag(item, "pinned") ?? false,
            from,
            until,
            RecipeValues.Number(item, "sortOrder") ?? (index + 1) * 10);
    }

    protected override IEnumerable<Bilingual> Check(AnnouncementInput input) => AnnouncementRules.Check(input);

    protected override Task SaveAsync(IServiceProvider services, AnnouncementInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<AnnouncementService>().UpsertByNameAsync(input, cancellationToken);
}
