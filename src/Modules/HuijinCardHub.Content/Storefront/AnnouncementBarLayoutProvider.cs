using HuijinCardHub.Content.Services;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary>
/// Gives the layout the bar above every page: <c>Layout.announcement</c> (the newest pinned announcement's title)
/// and <c>Layout.announcementUrl</c> (its page). Nothing is set when no pinned announcement is visible.
/// </summary>
internal sealed class AnnouncementBarLayoutProvider(StorefrontContent content) : ILayoutDataProvider
{
    public const string Key = "announcement";
    public const string UrlKey = "announcementUrl";

    public async Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var bar = await content.BarAsync(cancellationToken);
        if (bar is not null)
        {
            layout[Key] = bar.Title;
            layout[UrlKey] = AnnouncementModels.Url(bar.Id);
        }
    }
}
