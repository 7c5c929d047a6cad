using System.Security.Cryptography;
using System.Text;

namespace HuijinCardHub.Alerts.Channels;

/// <summary>"sha256=" and the lower-case hex HMAC-SHA256 of the exact body bytes, keyed with the shop's secret.</summary>
internal static class WebhookSignature
{
    public const string Header = "X-Huijin-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
