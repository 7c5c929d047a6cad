namespace HuijinCardHub.Orders.Domain;

/// <summary>
/// The name a line's stock is held under: one per order line ("20261124231502-4817#1"), so each line's codes
/// can be sold, topped up after a late payment, replaced or released on their own. Made once, when the order is
/// placed, and stored on the line (<see cref="OrderLine.Holder"/>); never derived again from a line's position.
/// </summary>
internal static class CodeHolder
{
    public static string For(string orderNo, int lineNumber) => $"{orderNo}#{lineNumber}";
}
