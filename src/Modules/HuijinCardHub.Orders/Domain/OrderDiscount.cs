namespace HuijinCardHub.Orders.Domain;

/// <summary>One discount line of an order, as stored (JSON on the order): what the buyer saved, why, and who gave it.</summary>
/// <param name="AskedFen">What the contributor asked for; more than <paramref name="AmountFen"/> when the margin floor cut it.</param>
internal sealed record OrderDiscount(int LineNumber, long AmountFen, long AskedFen, string LabelZh, string LabelEn, string Source);
