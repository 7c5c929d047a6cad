namespace HuijinCardHub.Orders.Domain;

/// <summary>
/// The name codes are reserved under: one per order line ("20261124231502-4817#1"), so each line's codes
/// can be sold, topped up after a late payment, replaced or released on their own.
/// </summary>
internal static class CodeHolder
{
    public static string For(string orderNo, int lineNumber) => $"{orderNo}#{lineNumber}";
}
