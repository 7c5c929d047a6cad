using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Gifts.Services;

internal sealed class GiftCardLookup(IHttpContextAccessor http)
{
    // The visitor's name, read off the request: HttpContext in a comment is not a use.
    public string? Visitor => http.HttpContext?.User.Identity?.Name;
}
