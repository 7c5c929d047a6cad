using System.Globalization;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Orders.Controllers;

/// <summary>Staff: find orders, export them, and on one order deliver manual lines, cancel an unpaid one or refund.</summary>
[RequirePermission("ViewOrders")]
[Route("admin/orders")]
public sealed class OrderAdminController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrderFilter filter, CancellationToken cancellationToken) =>
        View(await Service<OrderAdminQueries>().ListAsync(filter ?? new OrderFilter(), cancellationToken));

    /// <summary>The filtered set as CSV. Buyer data leaves the shop here, so every export is audited.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] OrderFilter filter, CancellationToken cancellationToken)
    {
        filter ??= new OrderFilter();
        await Service<StaffAudit>().WriteAsync("orders.export", "orders", filter.Query(1), cancellationToken);
        var stamp = (Service<IClock>().UtcNow + ChinaTime.Offset).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"orders-{stamp}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await Service<OrderCsvExport>().WriteAsync(filter, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("{orderNo}")]
    public async Task<IActionResult> Detail(string orderNo, CancellationToken cancellationToken)
    {
        var page = await Service<OrderDetailReader>().ReadAsync(orderNo, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var checker = HttpContext.RequestServices.GetService<IPermissionChecker>();
        var canManage = checker is not null && await checker.HasAsync(User, Permissions.ManageOrders);
        return View(page with { CanManage = canManage });
    }

    [HttpPost("{orderNo}/lines/{lineId:long}/fulfil")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Fulfil(string orderNo, long lineId, FulfilForm form, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            var complete = await Service<ManualFulfilment>().FulfilAsync(orderNo, lineId, form?.DeliveryNote, Actor, cancellationToken);
            return complete
                ? new Bilingual("已标记发货，订单全部商品已发货", "Marked delivered; every line of the order is delivered")
                : new Bilingual("已标记发货", "Marked delivered");
        });

    /// <summary>A checkout check held the order for review: staff approve it, and a paid order is delivered now.</summary>
    [HttpPost("{orderNo}/release")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Release(string orderNo, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () => await Service<HeldOrders>().ReleaseAsync(orderNo, Actor, cancellationToken));

    [HttpPost("{orderNo}/cancel")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel(string orderNo, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            if (!await Service<OrderExpiry>().CancelAsync(orderNo, Actor, cancellationToken))
            {
                throw new ShopException(new Bilingual("只有待支付的订单可以取消", "Only an order pending payment can be cancelled"));
            }

            await Service<StaffAudit>().WriteAsync("orders.cancel", orderNo, null, cancellationToken);
            return new Bilingual("订单已取消，库存已释放", "Order cancelled; stock released");
        });

    [HttpPost("{orderNo}/refund")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Refund(string orderNo, RefundForm form, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            ArgumentNullException.ThrowIfNull(form);
            var amount = await Service<StaffRefunds>().RefundAsync(orderNo, form.Amount, form.Reason, form.RefundedBefore, form.RequestId, Actor, cancellationToken);
            return new Bilingual($"已退款 {amount}", $"Refunded {amount}");
        });

    /// <summary>Runs a staff action and comes back to the order with what happened, in the staff member's language.</summary>
    private async Task<IActionResult> ActAsync(string orderNo, Func<Task<Bilingual>> action)
    {
        if (!OrderNumbers.LooksValid(orderNo))
        {
            return NotFound();
        }

        try
        {
            TempData["Notice"] = (await action()).ToString();
        }
        catch (ShopException exception)
        {
            TempData["Error"] = exception.Localized;
        }

        return Redirect(Url.Content("~/admin/orders/" + orderNo));
    }

    private string Actor => User.Identity?.Name ?? "admin";

    private T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
}
