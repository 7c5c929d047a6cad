using System.Net;
using System.Text;

namespace HuijinCardHub.Tests.Security;

/// <summary>
/// What an attacker types into a form: markup meant to run in someone's browser, control characters, a field of
/// 20 KB, broken Unicode, numbers out of range. Every value carries <see cref="Marker"/> where it can, so a page
/// that reflects it unescaped is easy to spot.
/// </summary>
internal static class HostileInput
{
    public const string Marker = "<script>alert('hj')</script>";

    public const string AttributeBreakout = "\"><img src=x onerror=alert('hj')>";

    public static readonly IReadOnlyList<string> Values =
    [
        Marker,
        AttributeBreakout,
        "{{ 7 | times: 7 }}{% assign x = 'hj' %}",
        "'; DROP TABLE \"Orders_Orders\"; --",
        "\u0000\u0001\u0007\u001b[31m\u007f\r\n\t",
        new string('汇', 20 * 1024),
        new string('a', 20 * 1024) + Marker,
        "\u202e\u200b\ufeff\uffff",
        "-1",
        "-99999999999999999999999",
        "99999999999999999999999",
        "1e309",
        "NaN",
        "0x7fffffff",
        "",
        " ",
    ];

    /// <summary>A form body with raw bytes that are not UTF-8 (a lone surrogate, an overlong form, 0xFF).</summary>
    public static ByteArrayContent BrokenUtf8Form(IEnumerable<string> fields)
    {
        var body = string.Join('&', fields.Select(f => f + "=%ED%A0%80%C0%AF%FF%FE" + Uri.EscapeDataString(Marker)));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>No 5xx, and nothing of the attacker's markup reaches the page unescaped.</summary>
    public static async Task AssertSafeAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
        Assert.False(body.Contains(Marker, StringComparison.Ordinal), $"{what}: the script tag came back unescaped");
        Assert.False(body.Contains("<img src=x onerror", StringComparison.OrdinalIgnoreCase), $"{what}: the attribute breakout came back unescaped");
        Assert.False(body.Contains("\u0000", StringComparison.Ordinal), $"{what}: a NUL character came back");
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var location = response.Headers.Location?.ToString() ?? "";
            Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.Contains("://", StringComparison.Ordinal) && !location.StartsWith("http://localhost", StringComparison.Ordinal),
                $"{what}: redirected off the shop to {location}");
        }
    }
}
