using System.Text.Json;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Pricing;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Turns a checkout into an order pending payment. Prices come from the pricing pipeline for the buyer's level,
/// never from the form; the enabled features' price contributors and checkout checks then have their say
/// (<see cref="CheckoutExtensions"/>), and each line's fulfilment (by its goods kind) reserves what it needs in the
/// same transaction, so what was sold cannot be oversold: either the order exists with every line held, or nothing changed.
/// </summary>
internal sealed class Checkout(
    OrdersDbContext db,
    NewOrderWriter writer,
    ICatalogQueries catalog,
    IPriceCalculator prices,
    IBuyerInputValidator inputs,
    LineFulfilments fulfilments,
    CheckoutExtensions extensions,
    PurchaseRules rules,
    BuyerSpend spend,
    OrderTimeline timeline,
    IUnitOfWork unitOfWork,
    ISettingsStore settings,
    IDurableEvents events,
    IClock clock)
{
    /// <summary>
    /// Places the order; or, for a request id that already placed one (a double click, a replayed post), returns that
    /// order. A post racing its twin may fail its checks or its insert because of the twin's order: it is looked for
    /// again then, and only a failure without one is the buyer's answer.
    /// </summary>
    public async Task<Order> PlaceAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        if (request.RequestId is null)
        {
            return await PlaceNewAsync(request, cancellationToken);
        }

        if (await PlacedEarlierAsync(request, cancellationToken) is { } placed)
        {
            return placed;
        }

        try
        {
            return await PlaceNewAsync(request, cancellationToken);
        }
        catch (ShopException)
        {
            var twin = await PlacedEarlierAsync(request, cancellationToken);
            if (twin is null)
            {
                throw;
            }

            return twin;
        }
    }

    /// <summary>The order this request id placed, when the same buyer placed it; another buyer's is refused.</summary>
    private async Task<Order?> PlacedEarlierAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.CheckoutRequestId == request.RequestId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var contact = string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim();
        return order.UserId == request.UserId && (order.UserId is not null || order.Contact == contact)
            ? order
            : throw new ShopException(OrderErrors.RequestUsed);
    }

    private async Task<Order> PlaceNewAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync<OrderSettings>(cancellationToken);
        var (contactKind, contact) = CheckBuyer(request);
        if (request.Lines.Count == 0)
        {
            throw new ShopException(OrderErrors.EmptyCart);
        }

        if (request.Lines.Count > Math.Max(1, current.MaxCartLines))
        {
            throw new ShopException(OrderErrors.TooManyLines);
        }

        var priced = await PriceAsync(request.Lines, request.UserId, contact, cancellationToken);
        var outcome = await extensions.RunAsync(request, contact, priced, cancellationToken);

        var now = clock.UtcNow;
        var order = new Order
        {
            UserId = request.UserId,
            UserName = request.UserName,
            ContactKind = contactKind,
            Contact = contact,
            QueryPasswordHash = string.IsNullOrEmpty(request.QueryPassword) ? null : QueryPassword.Hash(request.QueryPassword),
            Status = OrderStatus.PendingPayment,
            TotalFen = priced.Sum(p => checked(p.Line.UnitPriceFen * p.Line.Quantity)) - outcome.DiscountFen,
            CreatedUtc = now,
            ExpiresUtc = now.AddMinutes(current.HoldMinutesFor(request.UserId)),
            UpdatedUtc = now,
            ClientIp = request.ClientIp,
            CheckoutRequestId = request.RequestId,
            DeliveryHeld = outcome.HoldReason is not null,
            DiscountsJson = OrderDiscounts.Write(outcome.Discounts),
            SiteId = request.SiteId,
            Lines = priced.Select(p => p.Line).ToList(),
        };

        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            // Again inside the transaction, with the whole cart's quantity per goods: the check while pricing saw
            // neither an order this buyer placed a moment ago in another tab nor the cart's other lines of the goods.
            foreach (var goods in priced.Where(p => p.Goods.Limits.MaxPerBuyerPerDay is not null).GroupBy(p => p.Goods.Summary.Id).OrderBy(g => g.Key))
            {
                var quantity = goods.Sum(p => p.Line.Quantity);
                if (await rules.CheckDailyLimitInTransactionAsync(goods.First().Goods, quantity, request.UserId, contact, cancellationToken) is { } limitProblem)
                {
                    throw new ShopException(limitProblem);
                }
            }

            await rules.CheckUnpaidUnitsAsync(order, current.MaxUnpaidUnitsPerVisitor, cancellationToken);
            await writer.InsertAsync(order, Numbers(now), cancellationToken);
            await ReserveAsync(order, cancellationToken);
            await timeline.WriteAsync(order.Id, new Bilingual("订单已创建，库存已预留", "Order placed; stock reserved"), request.UserName ?? "buyer", null, OrderStatus.PendingPayment, cancellationToken);
            if (outcome.HoldReason is { } hold)
            {
                await timeline.WriteAsync(order.Id, new Bilingual($"待审核：付款后不自动发货（{hold.Chinese}）", $"Held for review: not delivered on payment ({hold.English})"), "system", null, null, cancellationToken);
            }

            await events.PublishAsync(new OrderPlaced(OrderSnapshots.Of(order), order.ExpiresUtc), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return order;
    }

    /// <summary>Fresh draws for as long as the writer finds them taken.</summary>
    private static IEnumerable<string> Numbers(DateTime now)
    {
        while (true)
        {
            yield return OrderNumbers.New(now);
        }
    }

    /// <summary>Prices and checks every line for this buyer without placing anything (the checkout page shows it).</summary>
    public async Task<IReadOnlyList<PricedLine>> PriceAsync(IReadOnlyList<CheckoutLine> lines, string? userId, string? contact, CancellationToken cancellationToken)
    {
        var levelId = await LevelOfAsync(userId, cancellationToken);
        var priced = new List<PricedLine>();
        foreach (var line in lines)
        {
            priced.Add(await PriceLineAsync(line, levelId, userId, contact, cancellationToken));
        }

        return priced;
    }

    /// <summary>
    /// Each line's fulfilment holds what the line needs, under the holder written with the line. In variant order: on
    /// PostgreSQL a fulfilment may lock its variant, and two carts locking in opposite orders would deadlock.
    /// </summary>
    private async Task ReserveAsync(Order order, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines.OrderBy(l => l.VariantId))
        {
            await fulfilments.For(line).ReserveAsync(LineFulfilments.Describe(order.OrderNo, line), cancellationToken);
        }
    }

    private static string? PriceNote(PriceContext price)
    {
        var shown = price.Steps.Where(s => s.Code is "member" or "wholesale").Select(s => s.Description.ToString()).ToList();
        return shown.Count == 0 ? null : string.Join("，", shown);
    }

    private static (ContactKind Kind, string? Contact) CheckBuyer(CheckoutRequest request)
    {
        var contact = string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim();
        var kind = contact is null ? ContactKind.None : BuyerContact.Classify(contact);
        if (contact is not null && kind == ContactKind.None)
        {
            throw new ShopException(BuyerContact.Invalid);
        }

        var password = request.QueryPassword;
        var hasPassword = !string.IsNullOrEmpty(password);
        if (hasPassword && (password!.Length < QueryPassword.MinLength || password.Length > QueryPassword.MaxLength))
        {
            throw new ShopException(OrderErrors.PasswordRequired);
        }

        if (request.UserId is null)
        {
            if (contact is null)
            {
                throw new ShopException(OrderErrors.ContactRequired);
            }

            if (!hasPassword)
            {
                throw new ShopException(OrderErrors.PasswordRequired);
            }
        }

        return (kind, contact);
    }

    private async Task<long?> LevelOfAsync(string? userId, CancellationToken cancellationToken)
    {
        // No levels, no need to add up what the member spent.
        if (userId is null || (await catalog.ListMemberLevelsAsync(cancellationToken)).Count == 0)
        {
            return null;
        }

        var lifetime = await spend.GetLifetimeSpendAsync(userId, cancellationToken);
        return (await catalog.LevelForSpendAsync(lifetime, cancellationToken))?.Id;
    }

    private async Task<PricedLine> PriceLineAsync(CheckoutLine line, long? levelId, string? userId, string? contact, CancellationToken cancellationToken)
    {
        if (line.Quantity is <= 0 or > PurchaseRules.AbsoluteMaxQuantity)
        {
            throw new ShopException(OrderErrors.Quantity(1, PurchaseRules.AbsoluteMaxQuantity));
        }

        var price = await prices.CalculateAsync(new PriceRequest(line.VariantId, line.Quantity, levelId), cancellationToken);
        var goods = await catalog.GetGoodsAsync(price.GoodsId, cancellationToken);
        var variant = goods?.Variants.FirstOrDefault(v => v.Id == line.VariantId);
        if (goods is null || variant is not { Enabled: true } || !goods.Summary.Visible ||
            (goods.VisibleToLevels.Count > 0 && (levelId is null || !goods.VisibleToLevels.Contains(levelId.Value))))
        {
            throw new ShopException(OrderErrors.GoodsUnavailable);
        }

        if (PurchaseRules.CheckQuantity(goods, line.Quantity) is { } quantityProblem)
        {
            throw new ShopException(quantityProblem);
        }

        if (await rules.CheckDailyLimitAsync(goods, line.Quantity, userId, contact, cancellationToken) is { } limitProblem)
        {
            throw new ShopException(limitProblem);
        }

        var known = goods.InputFields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var values = line.Inputs.Where(p => known.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value?.Trim());
        if (known.Count > 0 && await inputs.ValidateAsync(goods.Summary.Id, values, cancellationToken) is { Count: > 0 } errors)
        {
            throw new ShopException(errors.Values.First());
        }

        // The catalogue's kind as a key; goods of a kind no enabled feature fulfils cannot be bought now.
        var kind = GoodsKinds.KeyOf(goods.Summary.Kind);
        if (fulfilments.Find(kind) is null)
        {
            throw new ShopException(OrderErrors.NotSoldNow(goods.Summary.Name));
        }

        return new PricedLine(variant, PriceNote(price), new OrderLine
        {
            GoodsId = goods.Summary.Id,
            VariantId = variant.Id,
            GoodsName = goods.Summary.Name,
            VariantName = variant.Name,
            Kind = goods.Summary.Kind,
            Fulfilment = kind,
            Quantity = line.Quantity,
            UnitPriceFen = price.UnitPrice.Fen,
            CostFen = price.Cost.Fen,
            InputsJson = JsonSerializer.Serialize(values),
        }, goods, price.Floor);
    }

}

/// <param name="PriceNote">The last price step that applied ("会员九五折"), for display.</param>
/// <param name="Goods">What the line was priced and checked against, for the checks repeated inside the placing transaction.</param>
/// <param name="Floor">The least a unit may sell for (cost plus the minimum margin): checkout discounts stop there.</param>
internal sealed record PricedLine(VariantInfo Variant, string? PriceNote, OrderLine Line, GoodsDetail Goods, Money? Floor);
