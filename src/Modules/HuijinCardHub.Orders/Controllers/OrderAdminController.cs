using HuijinCardHub.Admin;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Orders.Controllers;

/// <summary>Staff: find orders, export them, and on one order deliver manual lines, cancel an unpaid one or refund.</summary>
[RequirePermission("ViewOrders")]
[Route("admin/orders")]
internal sealed class OrderAdminController(
    OrderAdminQueries queries, OrderCsvExport csv, OrderDetailReader details, ManualFulfilment manual, OrderExpiry expiry, StaffRefunds refunds, HeldOrders held,
    IPermissionChecker permissions, IClock clock, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrderFilter filter, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(filter ?? new OrderFilter(), cancellationToken));

    /// <summary>The filtered set as CSV. Buyer data leaves the shop here, so every export is audited.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] OrderFilter filter, CancellationToken cancellationToken)
    {
        filter ??= new OrderFilter();
        await desk.AuditAsync("orders.export", "orders", filter.Query(1), cancellationToken);
        var stamp = ShopTime.Format(clock.UtcNow, "yyyyMMdd-HHmmss");
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"orders-{stamp}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await csv.WriteAsync(filter, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("{orderNo}")]
    public async Task<IActionResult> Detail(string orderNo, CancellationToken cancellationToken)
    {
        var page = await details.ReadAsync(orderNo, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var canManage = await permissions.HasAsync(User, Permissions.ManageOrders);
        return View(page with { CanManage = canManage });
    }

    [HttpPost("{orderNo}/lines/{lineId:long}/fulfil")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Fulfil(string orderNo, long lineId, FulfilForm form, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            var complete = await manual.FulfilAsync(orderNo, lineId, form?.DeliveryNote, Actor, cancellationToken);
            return complete
                ? new Bilingual("已标记发货，订单全部商品已发货", "Marked delivered; every line of the order is delivered")
                : new Bilingual("已标记发货", "Marked delivered");
        });

    /// <summary>A checkout check held the order for review: staff approve it, and a paid order is delivered now.</summary>
    [HttpPost("{orderNo}/release")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Release(string orderNo, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () => await held.ReleaseAsync(orderNo, Actor, cancellationToken));

    [HttpPost("{orderNo}/cancel")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel(string orderNo, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            if (!await expiry.CancelAsync(orderNo, Actor, cancellationToken))
            {
                throw new ShopException(new Bilingual("只有待支付的订单可以取消", "Only an order pending payment can be cancelled"));
            }

            await desk.AuditAsync("orders.cancel", orderNo, null, cancellationToken);
            return new Bilingual("订单已取消，库存已释放", "Order cancelled; stock released");
        });

    [HttpPost("{orderNo}/refund")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Refund(string orderNo, RefundForm form, CancellationToken cancellationToken) =>
        ActAsync(orderNo, async () =>
        {
            ArgumentNullException.ThrowIfNull(form);
            var amount = await refunds.RefundAsync(orderNo, form.Amount, form.Reason, form.RefundedBefore, form.RequestId, Actor, cancellationToken);
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
            desk.Notice(await action());
        }
        catch (ShopException exception)
        {
            desk.Error(exception.Text);
        }

        return Redirect(Url.Content("~/admin/orders/" + orderNo));
    }

    private string Actor => desk.Actor;
}
