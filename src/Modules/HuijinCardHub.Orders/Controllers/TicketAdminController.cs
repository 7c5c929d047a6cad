using HuijinCardHub.Admin;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Orders.Controllers;

/// <summary>Staff: after-sales tickets. Replace the reported code from stock, refund, or reject with a reason.</summary>
[RequirePermission("ManageTickets")]
[Route("admin/tickets")]
internal sealed class TicketAdminController(TicketAdminQueries queries, AfterSales afterSales, IPermissionChecker permissions, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, int page, CancellationToken cancellationToken)
    {
        TicketStatus? wanted = Enum.TryParse<TicketStatus>(status, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(await queries.ListAsync(wanted, page, cancellationToken));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id, CancellationToken cancellationToken)
    {
        var page = await queries.DetailAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return View(page with { CanRefund = await permissions.HasAsync(User, Permissions.ManageOrders) });
    }

    [HttpPost("{id:long}/replace")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Replace(long id, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            var code = await afterSales.ReplaceAsync(id, Actor, cancellationToken);
            return new Bilingual($"已为买家更换卡密（新卡密编号 {code}），买家可在订单页查看", $"Code replaced (new code #{code}); the buyer sees it on the order page");
        });

    /// <summary>Money leaves the shop: the refund also needs ManageOrders.</summary>
    [HttpPost("{id:long}/refund")]
    [RequirePermission("ManageOrders")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Refund(long id, TicketActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            if (!Money.TryParseYuan(form?.Amount, out var amount) || amount.Fen <= 0)
            {
                throw new ShopException(new Bilingual("请输入有效的退款金额（元，最多两位小数）", "Enter a valid refund amount (yuan, at most two decimals)"));
            }

            await afterSales.RefundAsync(id, amount, Actor, cancellationToken);
            return new Bilingual($"已退款 {amount}，工单已关闭", $"Refunded {amount}; the ticket is closed");
        });

    [HttpPost("{id:long}/reject")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Reject(long id, TicketActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            await afterSales.RejectAsync(id, form?.Reason, Actor, cancellationToken);
            return new Bilingual("工单已驳回", "Ticket rejected");
        });

    /// <summary>AfterSales writes the audit entries and the timeline itself; here only the outcome is told.</summary>
    private async Task<IActionResult> ActAsync(long id, Func<Task<Bilingual>> action)
    {
        try
        {
            desk.Notice(await action());
        }
        catch (ShopException exception)
        {
            desk.Error(exception.Text);
        }

        return Redirect(Url.Content($"~/admin/tickets/{id}"));
    }

    private string Actor => desk.Actor;
}
