using HuijinCardHub.Content.Domain;
using HuijinCardHub.Content.Services;

namespace HuijinCardHub.Content.Models;

/// <summary>The menu link form as posted; public because MVC binds it into a public controller action.</summary>
public sealed class NavigationLinkForm
{
    public string? Text { get; set; }

    public string? Url { get; set; }

    public bool OpenInNewTab { get; set; }

    public int SortOrder { get; set; }

    internal NavigationLinkInput ToInput() => new((Text ?? "").Trim(), (Url ?? "").Trim(), OpenInNewTab, SortOrder);

    internal static NavigationLinkForm From(NavigationLink l) => new() { Text = l.Text, Url = l.Url, OpenInNewTab = l.OpenInNewTab, SortOrder = l.SortOrder };
}

/// <param name="Id">Null for a new link.</param>
internal sealed record NavigationLinkEditModel(long? Id, NavigationLinkForm Form, IReadOnlyList<string> Errors);

/// <summary>The menu page: the merchant's links, and the pages that join them because they are marked for the menu.</summary>
internal sealed record NavigationIndexModel(IReadOnlyList<NavigationLink> Links, IReadOnlyList<Page> MenuPages);
