using System.Linq.Expressions;
using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes announcements; every write is validated and its body sanitized.</summary>
internal sealed class AnnouncementService(ContentDbContext db, PageBodySanitizer sanitizer, IClock clock, StorefrontContentVersion version)
    : ContentItemStore<Announcement, AnnouncementInput>(db, clock, version)
{
    protected override Bilingual Missing => new("公告不存在", "The announcement does not exist");

    protected override IQueryable<Announcement> InListOrder(IQueryable<Announcement> items) =>
        items.OrderByDescending(a => a.Pinned).ThenBy(a => a.SortOrder).ThenByDescending(a => a.Id);

    protected override IEnumerable<Bilingual> Check(AnnouncementInput input) => AnnouncementRules.Check(input);

    protected override Announcement New(AnnouncementInput input) => new() { Title = input.Title, CreatedUtc = Clock.UtcNow };

    protected override Expression<Func<Announcement, bool>> SameName(AnnouncementInput input)
    {
        var title = input.Title.Trim();
        return a => a.Title == title;
    }

    protected override void Apply(Announcement announcement, AnnouncementInput input)
    {
        announcement.Title = input.Title.Trim();
        announcement.BodyHtml = sanitizer.Sanitize(input.BodyHtml);
        announcement.Published = input.Published;
        announcement.Pinned = input.Pinned;
        announcement.PublishedFromUtc = input.PublishedFromUtc;
        announcement.PublishedUntilUtc = input.PublishedUntilUtc;
        announcement.SortOrder = input.SortOrder;
        announcement.UpdatedUtc = Clock.UtcNow;
    }
}
