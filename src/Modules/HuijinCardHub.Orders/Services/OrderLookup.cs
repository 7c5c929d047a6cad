using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Finds a guest's orders by order number or by contact, with the query password. The attempt is counted against
/// the visitor's allowance before anything is checked. A wrong password and an unknown order or contact get the
/// same answer after the same work: an order number always costs one password check, a contact always
/// <see cref="MaxResults"/>, made against a hash of nobody's password where there is no order to check.
/// </summary>
internal sealed class OrderLookup(OrdersDbContext db, LookupThrottle throttle, QueryPasswordChecks passwords, ISettingsStore settings)
{
    /// <summary>The newest orders of a contact that are checked (older ones are found by their number).</summary>
    public const int MaxResults = 10;

    /// <param name="visitor">The visitor's <see cref="VisitorKey"/>.</param>
    public async Task<IReadOnlyList<Order>> FindAsync(string? orderNoOrContact, string? password, string visitor, CancellationToken cancellationToken)
    {
        var subject = (orderNoOrContact ?? "").Trim();
        if (subject.Length is 0 or > BuyerContact.MaxLength)
        {
            throw new ShopException(new Bilingual("请输入订单号或联系方式", "Enter an order number or contact"));
        }

        var allowance = (await settings.GetAsync<OrderSettings>(cancellationToken)).LookupAttemptsPerTenMinutes;
        if (!await throttle.AllowLookupAsync(visitor, allowance, cancellationToken))
        {
            throw new LookupThrottledException();
        }

        var byNumber = OrderNumbers.LooksValid(subject);
        var checks = byNumber ? 1 : MaxResults;
        var candidates = byNumber ? db.Orders.Where(o => o.OrderNo == subject) : db.Orders.Where(o => o.Contact == subject);
        var orders = await candidates.AsNoTracking().Include(o => o.Lines).Where(o => o.QueryPasswordHash != null)
            .OrderByDescending(o => o.CreatedUtc).Take(checks).ToListAsync(cancellationToken);
        var matching = new List<Order>();
        for (var i = 0; i < checks; i++)
        {
            var order = i < orders.Count ? orders[i] : null;
            if (passwords.Verify(order?.QueryPasswordHash, password) && order is not null)
            {
                matching.Add(order);
            }
        }

        if (matching.Count == 0)
        {
            throw new ShopException(OrderErrors.LookupFailed);
        }

        return matching;
    }
}

/// <summary>Too many lookups from this visitor: answered with 429.</summary>
internal sealed class LookupThrottledException() : ShopException(OrderErrors.LookupThrottled);
