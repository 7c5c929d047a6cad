using HuijinCardHub.Content.Domain;
using HuijinCardHub.Content.Services;

namespace HuijinCardHub.Content.Models;

/// <summary>The page form as posted; public because MVC binds it into a public controller action.</summary>
public sealed class PageForm
{
    public string? Slug { get; set; }

    public string? Title { get; set; }

    public string? BodyHtml { get; set; }

    public bool Published { get; set; } = true;

    public bool ShowInNavigation { get; set; }

    public int SortOrder { get; set; }

    internal PageInput ToInput() => new((Slug ?? "").Trim().ToLowerInvariant(), (Title ?? "").Trim(), BodyHtml ?? "", Published, ShowInNavigation, SortOrder);

    internal static PageForm From(Page page) => new()
    {
        Slug = page.Slug,
        Title = page.Title,
        BodyHtml = page.BodyHtml,
        Published = page.Published,
        ShowInNavigation = page.ShowInNavigation,
        SortOrder = page.SortOrder,
    };
}

/// <param name="Id">Null for a new page.</param>
internal sealed record PageEditModel(long? Id, PageForm Form, IReadOnlyList<string> Errors);
