using HuijinCardHub.Coupons.Services;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Coupons.Controllers;

internal sealed class CouponAdminController(CouponCalculator calculator) : Controller
{
    [HttpGet("admin/coupons/{price:long}")]
    public IActionResult Index(long price) => Content(calculator.Discount(price, 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
