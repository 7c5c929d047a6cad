using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>
/// A NUL character has no place in any value a person types, and PostgreSQL refuses it in text: a query string that
/// carries one (`?q=%00`) would reach a database query and end in a 500. Kestrel already refuses NUL in the path;
/// this answers the query-string case with a plain 400 before any module sees it.
/// </summary>
internal sealed class NulCharacterGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.QueryString.Value;
        if (query is not null && (query.Contains("%00", StringComparison.Ordinal) || query.Contains('\0', StringComparison.Ordinal)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("请求包含无效字符 / The request contains an invalid character", context.RequestAborted);
        }

        return next(context);
    }
}
