namespace HuijinCardHub.Orders.Services;

/// <summary>What a buyer asks for at checkout: lines, and who they are.</summary>
/// <param name="RequestId">
/// Made when the checkout form was shown (<see cref="CheckoutRequestId"/>): the same form posted twice makes one order.
/// </param>
/// <param name="SiteId">The sub-station the buyer is on; events carry it to agents' commission.</param>
internal sealed record CheckoutRequest(
    IReadOnlyList<CheckoutLine> Lines,
    string? UserId,
    string? UserName,
    string? Contact,
    string? QueryPassword,
    string? ClientIp,
    string? RequestId = null,
    string? UserAgent = null,
    long? SiteId = null);

/// <param name="Inputs">The goods' input fields by key (QQ number, account...).</param>
internal sealed record CheckoutLine(long VariantId, int Quantity, IReadOnlyDictionary<string, string?> Inputs);
