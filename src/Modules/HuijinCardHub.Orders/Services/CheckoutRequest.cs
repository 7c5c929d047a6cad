namespace HuijinCardHub.Orders.Services;

/// <summary>What a buyer asks for at checkout: lines, and who they are.</summary>
internal sealed record CheckoutRequest(
    IReadOnlyList<CheckoutLine> Lines,
    string? UserId,
    string? UserName,
    string? Contact,
    string? QueryPassword,
    string? ClientIp);

/// <param name="Inputs">The goods' input fields by key (QQ number, account...).</param>
internal sealed record CheckoutLine(long VariantId, int Quantity, IReadOnlyDictionary<string, string?> Inputs);
