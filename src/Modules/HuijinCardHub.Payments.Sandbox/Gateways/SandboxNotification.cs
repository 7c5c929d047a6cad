namespace HuijinCardHub.Payments.Sandbox.Gateways;

/// <summary>An HTTP request the sandbox sends to a shop's notify address, as the real gateway would.</summary>
/// <param name="Method">"GET" (易支付) or "POST".</param>
/// <param name="Url">The absolute address, with the query string for a GET.</param>
internal sealed record SandboxNotification(string Method, string Url, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body);
