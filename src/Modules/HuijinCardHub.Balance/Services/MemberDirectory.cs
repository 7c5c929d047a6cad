using HuijinCardHub.Balance.Data;
using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Balance.Services;

/// <summary>Names of members this module has seen, for the admin's search; a member is also found by exact user id.</summary>
internal sealed class MemberDirectory(BalanceDbContext db, IClock clock)
{
    public const int MaxResults = 50;

    public async Task RecordAsync(string userId, string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(userName))
        {
            return;
        }

        var normalized = userName.Trim().ToUpperInvariant();
        var known = await db.Members.FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (known is not null && known.NormalizedUserName == normalized)
        {
            return;
        }

        known ??= db.Members.Add(new MemberName { UserId = userId, UserName = userName.Trim(), NormalizedUserName = normalized }).Entity;
        known.UserName = userName.Trim();
        known.NormalizedUserName = normalized;
        known.SeenUtc = clock.UtcNow;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two sign-ins of one member at once: the other one recorded the same name.
        }
        finally
        {
            db.Entry(known).State = EntityState.Detached;
        }
    }

    public async Task<IReadOnlyList<MemberBalance>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var term = query.Trim();
        var upper = term.ToUpperInvariant();
        var named = await db.Members.AsNoTracking()
            .Where(m => m.NormalizedUserName.Contains(upper) || m.UserId == term)
            .OrderBy(m => m.NormalizedUserName).Take(MaxResults)
            .Select(m => new { m.UserId, m.UserName }).ToListAsync(cancellationToken);
        var ids = named.Select(m => m.UserId).Append(term).Distinct().ToList();
        var balances = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.UserId))
            .ToDictionaryAsync(a => a.UserId, a => a.BalanceFen, cancellationToken);
        var found = named.Select(m => new MemberBalance(m.UserId, m.UserName, new Money(balances.GetValueOrDefault(m.UserId)))).ToList();
        if (named.All(m => m.UserId != term) && balances.TryGetValue(term, out var fen))
        {
            found.Insert(0, new MemberBalance(term, null, new Money(fen)));
        }

        return found;
    }

    public async Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.UserName).FirstOrDefaultAsync(cancellationToken);
}

internal sealed record MemberBalance(string UserId, string? UserName, Money Balance);
