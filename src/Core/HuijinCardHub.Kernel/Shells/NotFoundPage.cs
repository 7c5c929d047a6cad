using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// An empty 404 becomes a page a person can read: the storefront theme's "notfound" template where the
/// shell has a storefront, a short bilingual text otherwise. Browsers show their own error for an empty 404.
/// </summary>
internal static class NotFoundPage
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status404NotFound || !AcceptsHtml(http.Request))
        {
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        var renderer = http.RequestServices.GetService<IStorefrontRenderer>();
        if (renderer is not null && !http.Request.Path.StartsWithSegments("/admin"))
        {
            try
            {
                await http.Response.WriteAsync(await renderer.RenderToStringAsync("notfound", null, "页面不存在", http.RequestAborted), http.RequestAborted);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NotFoundPage)).LogWarning(ex, "The theme's notfound page failed");
            }
        }

        await http.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>404</title><h1>页面不存在 / Page not found</h1><p><a href=\"/\">返回首页 / Home</a></p></html>",
            http.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && (request.Headers.Accept.ToString() is var accept && (accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)));
}
