using HuijinCardHub.Content.Domain;
using HuijinCardHub.Content.Services;

namespace HuijinCardHub.Content.Models;

/// <summary>The banner form as posted; public because MVC binds it into a public controller action.</summary>
public sealed class BannerForm
{
    public string? Title { get; set; }

    public string? ImageUrl { get; set; }

    public string? LinkUrl { get; set; }

    public bool Enabled { get; set; } = true;

    public int SortOrder { get; set; }

    internal BannerInput ToInput() => new((Title ?? "").Trim(), (ImageUrl ?? "").Trim(), string.IsNullOrWhiteSpace(LinkUrl) ? null : LinkUrl.Trim(), Enabled, SortOrder);

    internal static BannerForm From(Banner b) => new() { Title = b.Title, ImageUrl = b.ImageUrl, LinkUrl = b.LinkUrl, Enabled = b.Enabled, SortOrder = b.SortOrder };
}

/// <param name="Id">Null for a new banner.</param>
internal sealed record BannerEditModel(long? Id, BannerForm Form, IReadOnlyList<string> Errors);
