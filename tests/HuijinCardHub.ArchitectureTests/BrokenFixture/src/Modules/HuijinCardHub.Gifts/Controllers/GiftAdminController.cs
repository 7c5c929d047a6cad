using HuijinCardHub.Gifts.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Gifts.Controllers;

public sealed class GiftAdminController : Controller
{
    [HttpGet("admin/gifts")]
    public IActionResult Index() => Content(HttpContext.RequestServices.GetRequiredService<GiftCardLookup>().Visitor ?? "");
}
