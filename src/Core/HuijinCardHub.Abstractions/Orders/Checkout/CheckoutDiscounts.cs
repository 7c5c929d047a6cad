using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Checkout;

/// <summary>
/// The discount lines of one checkout as contributors add them. The floor is kept here, once for every
/// contributor: the discounts of a line together never take it below its floor times its quantity (nor below zero);
/// a discount cut by it is kept with what was asked, so the order can say what the margin floor cut off.
/// </summary>
public sealed class CheckoutDiscounts(IReadOnlyList<CheckoutLineInfo> lines)
{
    private readonly List<CheckoutDiscount> _added = [];

    public IReadOnlyList<CheckoutDiscount> Added => _added;

    public Money Total => _added.Aggregate(Money.Zero, (sum, d) => sum + d.Amount);

    /// <summary>What the line may still lose: its total less its floor, less the discounts it has already.</summary>
    public Money RoomOn(int lineNumber)
    {
        var line = lines.FirstOrDefault(l => l.Number == lineNumber) ?? throw new ArgumentOutOfRangeException(nameof(lineNumber));
        var floor = (line.Floor ?? Money.Zero) * line.Quantity;
        var taken = _added.Where(d => d.LineNumber == lineNumber).Aggregate(Money.Zero, (sum, d) => sum + d.Amount);
        var room = line.Total - floor - taken;
        return room.IsNegative ? Money.Zero : room;
    }

    /// <summary>Adds a discount on one line, cut to the room above its floor; returns the line as added (its amount may be zero).</summary>
    public CheckoutDiscount Add(int lineNumber, Money amount, Bilingual label, string source)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A discount is never negative.");
        }

        var room = RoomOn(lineNumber);
        var discount = new CheckoutDiscount(lineNumber, amount > room ? room : amount, amount, label, source);
        _added.Add(discount);
        return discount;
    }
}
