namespace HuijinCardHub.Orders.Data;

/// <summary>The orders module's tables as its hand-written statements name them (module prefix included).</summary>
internal static class OrderTables
{
    public const string Orders = "\"Orders_Orders\"";

    public const string Lines = "\"Orders_Lines\"";

    public const string Events = "\"Orders_Events\"";
}
