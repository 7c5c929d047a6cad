namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>One order line as a fulfilment sees it.</summary>
/// <param name="LineId">The line's id (0 while the order is only priced).</param>
/// <param name="Holder">
/// The name the line's stock is held under, stored on the line when it is placed ("20261124231502-4817#1"): every
/// reserve, delivery, release and replacement of the line uses it, whatever position the line has.
/// </param>
/// <param name="InputsJson">What the buyer typed for the goods' input fields (account, QQ...), as a JSON object.</param>
public sealed record FulfilmentLine(
    string OrderNo,
    long LineId,
    string Holder,
    long GoodsId,
    long VariantId,
    string GoodsName,
    int Quantity,
    string InputsJson);
