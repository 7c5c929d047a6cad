using System.Net;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>Fills in a form the way a browser does: fetch the page, keep its antiforgery token, post.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient browser, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"{pageUrl} has no antiforgery token");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(body);
        return await browser.PostAsync(postUrl ?? pageUrl, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string userName, string password) =>
        browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
}
