using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>Headers every response carries: no sniffing, no framing by others, a strict CSP (own origin only, no inline script; a shell adds its listed content hosts).</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy.Default);
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
