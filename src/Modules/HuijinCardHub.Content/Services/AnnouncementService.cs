using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Services;

/// <summary>Creates, changes and removes announcements; every write is validated and its body sanitized.</summary>
internal sealed class AnnouncementService(ContentDbContext db, PageBodySanitizer sanitizer, IClock clock, StorefrontContentVersion version)
{
    public async Task<IReadOnlyList<Announcement>> ListAsync(CancellationToken cancellationToken) =>
        await db.Announcements.AsNoTracking()
            .OrderByDescending(a => a.Pinned).ThenBy(a => a.SortOrder).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);

    public Task<Announcement?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Creates an announcement when <paramref name="id"/> is null, else changes it.</summary>
    public async Task<Announcement> SaveAsync(long? id, AnnouncementInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(AnnouncementRules.Check(input));
        var announcement = id is null ? Add(input) : await db.Announcements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new ShopException(new Bilingual("公告不存在", "The announcement does not exist"));
        Apply(announcement, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
        return announcement;
    }

    /// <summary>Recipes name announcements by title: the same recipe run twice changes them instead of adding copies.</summary>
    public async Task UpsertByTitleAsync(AnnouncementInput input, CancellationToken cancellationToken)
    {
        ContentProblems.ThrowIfAny(AnnouncementRules.Check(input));
        var title = input.Title.Trim();
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.Title == title, cancellationToken) ?? Add(input);
        Apply(announcement, input);
        await db.SaveChangesAsync(cancellationToken);
        version.Changed();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.Announcements.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        version.Changed();
        return deleted;
    }

    private Announcement Add(AnnouncementInput input) =>
        db.Announcements.Add(new Announcement { Title = input.Title, CreatedUtc = clock.UtcNow }).Entity;

    private void Apply(Announcement announcement, AnnouncementInput input)
    {
        announcement.Title = input.Title.Trim();
        announcement.BodyHtml = sanitizer.Sanitize(input.BodyHtml);
        announcement.Published = input.Published;
        announcement.Pinned = input.Pinned;
        announcement.PublishedFromUtc = input.PublishedFromUtc;
        announcement.PublishedUntilUtc = input.PublishedUntilUtc;
        announcement.SortOrder = input.SortOrder;
        announcement.UpdatedUtc = clock.UtcNow;
    }
}
