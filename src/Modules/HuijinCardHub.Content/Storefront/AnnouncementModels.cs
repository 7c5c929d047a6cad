using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Content.Domain;

namespace HuijinCardHub.Content.Storefront;

/// <summary>Turns stored announcements into what the templates read.</summary>
internal static partial class AnnouncementModels
{
    private const int ExcerptLength = 80;

    public static string Url(long id) => "/announcements/" + id.ToString(CultureInfo.InvariantCulture);

    public static AnnouncementLinkModel Link(Announcement a) => new(a.Id, a.Title, Excerpt(a.BodyHtml), a.Pinned, DateText(a), Url(a.Id));

    public static AnnouncementViewModel View(Announcement a) => new(a.Id, a.Title, a.BodyHtml, a.Pinned, DateText(a), Url(a.Id));

    public static BannerModel Banner(Banner b) => new(b.Title, b.ImageUrl, b.LinkUrl);

    private static string DateText(Announcement a) => a.ShownDateUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The body is sanitized HTML; lists show it as plain text so no markup is cut in half.</summary>
    private static string Excerpt(string html)
    {
        var text = WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
