using System.Net;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Security;

/// <summary>
/// One antiforgery check for every module's storefront forms (see <see cref="StorefrontAntiforgeryExtensions"/>):
/// a post, put, patch or delete without a valid token gets a plain bilingual 400 page and never reaches the endpoint.
/// </summary>
internal sealed class StorefrontAntiforgeryFilter(IAntiforgery antiforgery, ILogger<StorefrontAntiforgeryFilter> logger) : IStorefrontAntiforgeryFilter
{
    public static readonly Bilingual Refusal = new("表单已失效，请刷新页面后重试", "The form has expired; reload the page and try again");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException exception)
            {
                logger.LogInformation("Storefront form {Path} refused: {Reason}", http.Request.Path, exception.Message);
                return Results.Content(Page(http.Request.PathBase), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }

    private static string Page(PathString pathBase) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>400</title></head><body><main><h1>" + WebUtility.HtmlEncode(Refusal.Chinese) + "</h1><p lang=\"en\">" + WebUtility.HtmlEncode(Refusal.English) +
        "</p><p><a href=\"" + WebUtility.HtmlEncode(pathBase + "/") + "\">返回首页 / Home</a></p></main></body></html>";
}
