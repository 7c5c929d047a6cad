using System.Security.Claims;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.Orders;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>
/// The member level of whoever is looking: none for a guest; for a member, the level their lifetime spend reaches
/// by <see cref="MemberLevelRule"/>, the rule checkout prices with (spend from <see cref="IBuyerSpendReader"/> when
/// the orders module provides it, else zero).
/// </summary>
internal sealed class VisitorLevel(IHttpContextAccessor http, IServiceProvider services)
{
    public async Task<MemberLevel?> GetAsync(CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User;
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user?.Identity?.IsAuthenticated != true || userId is null || snapshot.Levels.Count == 0)
        {
            return null;
        }

        var spend = services.GetService<IBuyerSpendReader>() is { } reader ? await reader.GetLifetimeSpendAsync(userId, cancellationToken) : Money.Zero;
        return MemberLevelRule.Reached(snapshot.Levels, spend);
    }

    /// <summary>Goods limited to some levels are shown only to those levels.</summary>
    public static bool MaySee(Goods goods, MemberLevel? level)
    {
        var allowed = goods.VisibleLevelIds();
        return allowed.Count == 0 || (level is not null && allowed.Contains(level.Id));
    }
}
