namespace HuijinCardHub.Payments;

/// <summary>What the buyer is given once a payment is created at the gateway.</summary>
public abstract record PaymentStart(string? GatewayTradeNo)
{
    /// <summary>Send the browser to this address (a gateway's cashier page).</summary>
    public sealed record Redirect(string Url, string? GatewayTradeNo = null) : PaymentStart(GatewayTradeNo);

    /// <summary>Post this form to the gateway (Alipay page pay, UnionPay front transaction).</summary>
    public sealed record Form(string Action, IReadOnlyDictionary<string, string> Fields, string? GatewayTradeNo = null) : PaymentStart(GatewayTradeNo);

    /// <summary>Show this text as a QR code for the buyer to scan (WeChat code_url, Alipay qr_code).</summary>
    public sealed record QrCode(string Content, string? GatewayTradeNo = null) : PaymentStart(GatewayTradeNo);

    /// <summary>Parameters for an app or mini-program to pay with.</summary>
    public sealed record InApp(IReadOnlyDictionary<string, string> Parameters, string? GatewayTradeNo = null) : PaymentStart(GatewayTradeNo);

    /// <summary>
    /// Paid already, inside the shop's own transaction (the balance wallet debits in the caller's unit of work): the
    /// caller confirms the order in that same transaction, so the debit and the payment commit or roll back together.
    /// </summary>
    public sealed record Paid(string TransactionId) : PaymentStart(TransactionId);
}
