using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Security;

/// <summary>
/// Where a request without sudo mode is sent: the confirm page, with the page to come back to. A module that decides
/// at run time that an action needs sudo (a settings section, a role change) redirects here like the
/// <see cref="RequireSudoAttribute"/> enforcement does.
/// </summary>
public static class SudoConfirmation
{
    public const string Path = "/admin/sudo";

    /// <summary>
    /// The confirm page's address for this request. A GET comes back to itself; a form post cannot be replayed, so it
    /// comes back to the page the form was on (its Referer on this host), else to the admin's home.
    /// </summary>
    public static string UrlFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var back = HttpMethods.IsGet(request.Method)
            ? request.PathBase + request.Path + request.QueryString
            : FormPage(request) ?? request.PathBase + "/admin";
        return request.PathBase + Path + "?returnUrl=" + Uri.EscapeDataString(back);
    }

    private static string? FormPage(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.PathAndQuery
            : null;
}
