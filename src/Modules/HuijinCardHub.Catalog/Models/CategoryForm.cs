using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;

namespace HuijinCardHub.Catalog.Models;

/// <summary>The category form as posted; public because MVC binds it into a public controller action.</summary>
public sealed class CategoryForm
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public long? ParentId { get; set; }

    public string? Icon { get; set; }

    public int SortOrder { get; set; }

    public bool Visible { get; set; } = true;

    internal CategoryInput ToInput() => new((Slug ?? "").Trim().ToLowerInvariant(), (Name ?? "").Trim(), ParentId is > 0 ? ParentId : null, Icon, SortOrder, Visible);

    internal static CategoryForm From(Category c) => new() { Slug = c.Slug, Name = c.Name, ParentId = c.ParentId, Icon = c.Icon, SortOrder = c.SortOrder, Visible = c.Visible };
}

internal sealed record CategoryEditModel(long? Id, CategoryForm Form, IReadOnlyList<Category> All, IReadOnlyList<string> Errors);

internal sealed record CategoryListModel(IReadOnlyList<Category> All, IReadOnlyDictionary<long, int> GoodsCounts);
