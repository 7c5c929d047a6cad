using System.Net;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Bench;

/// <summary>
/// A signed-in administrator's browser: cookies kept, antiforgery tokens read from the page that holds the form,
/// as a merchant's browser would do it. No redirects followed, so a sign-in that fails is seen.
/// </summary>
internal sealed partial class AdminSession : IDisposable
{
    private readonly HttpClient http;

    private AdminSession(HttpClient http) => this.http = http;

    public static async Task<AdminSession> SignInAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var session = new AdminSession(new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(15) });
        using var response = await session.PostFormAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = BenchHost.AdminUserName,
            ["Password"] = BenchHost.AdminPassword,
            ["__RequestVerificationToken"] = await session.TokenAsync("/account/login", cancellationToken),
        }), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException($"Signing in as {BenchHost.AdminUserName} answered {(int)response.StatusCode}, not a redirect.");
        }

        return session;
    }

    public async Task<string> GetStringAsync(string path, CancellationToken cancellationToken) =>
        await http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public async Task<string> TokenAsync(string path, CancellationToken cancellationToken)
    {
        var match = TokenPattern().Match(await GetStringAsync(path, cancellationToken));
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} holds no form with an antiforgery token.");
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, HttpContent content, CancellationToken cancellationToken) =>
        http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
