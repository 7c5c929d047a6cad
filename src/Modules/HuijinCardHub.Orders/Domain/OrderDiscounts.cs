using System.Text.Json;

namespace HuijinCardHub.Orders.Domain;

/// <summary>The discount lines of an order, kept as JSON on the order (read with it, written with it: no extra statement).</summary>
internal static class OrderDiscounts
{
    public static string? Write(IReadOnlyList<OrderDiscount> discounts) =>
        discounts.Count == 0 ? null : JsonSerializer.Serialize(discounts);

    public static IReadOnlyList<OrderDiscount> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<OrderDiscount>>(json) ?? [];
}
