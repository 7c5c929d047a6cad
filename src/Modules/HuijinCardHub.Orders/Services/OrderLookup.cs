using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Finds a guest's orders by order number or by contact, with the query password. A wrong password and an unknown
/// order get the same answer, and both count against the visitor's allowance.
/// </summary>
internal sealed class OrderLookup(OrdersDbContext db, LookupThrottle throttle, ISettingsStore settings)
{
    public const int MaxResults = 20;

    public async Task<IReadOnlyList<Order>> FindAsync(string? orderNoOrContact, string? password, string visitor, CancellationToken cancellationToken)
    {
        var subject = (orderNoOrContact ?? "").Trim();
        if (subject.Length is 0 or > BuyerContact.MaxLength)
        {
            throw new ShopException(new Bilingual("请输入订单号或联系方式", "Enter an order number or contact"));
        }

        var allowed = Math.Max(1, (await settings.GetAsync<OrderSettings>(cancellationToken)).LookupFailuresPerTenMinutes);
        if (throttle.IsBlocked(visitor, subject, allowed))
        {
            throw new LookupThrottledException();
        }

        var candidates = OrderNumbers.LooksValid(subject)
            ? db.Orders.Where(o => o.OrderNo == subject)
            : db.Orders.Where(o => o.Contact == subject);
        var orders = await candidates.AsNoTracking().Include(o => o.Lines).Where(o => o.QueryPasswordHash != null)
            .OrderByDescending(o => o.CreatedUtc).Take(MaxResults).ToListAsync(cancellationToken);
        var matching = orders.Where(o => QueryPassword.Verify(o.QueryPasswordHash, password)).ToList();
        if (matching.Count == 0)
        {
            throttle.Fail(visitor, subject);
            throw new ShopException(OrderErrors.LookupFailed);
        }

        return matching;
    }
}

/// <summary>Too many wrong passwords: answered with 429.</summary>
internal sealed class LookupThrottledException() : ShopException(OrderErrors.LookupThrottled);
