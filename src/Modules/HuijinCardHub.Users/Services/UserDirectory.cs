using HuijinCardHub.Users.Data;
using HuijinCardHub.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Users.Services;

/// <summary>The admin's user list: search by name or e-mail, a page at a time, with each user's roles in one query.</summary>
internal sealed class UserDirectory(UsersDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<UserRow> Users, bool HasMore)> SearchAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            // Normalized columns are upper-case, so the search ignores case on SQLite and PostgreSQL alike.
            var term = query.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term));
        }

        var found = await users.OrderBy(u => u.UserName).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var rows = found.Take(PageSize).Select(u => new UserRow(
            u.Id,
            u.UserName ?? "",
            u.Email,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now,
            u.TwoFactorEnabled)).ToList();
        return (rows, found.Count > PageSize);
    }
}
