using System.Security.Claims;
using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Balance.Models;
using HuijinCardHub.Balance.Services;
using HuijinCardHub.Balance.Storefront;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Antiforgery;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Balance.Controllers;

/// <summary>The member centre's balance: what I have, where it went, and a top-up.</summary>
[Authorize]
[Route("account/balance")]
internal sealed class BalanceAccountController(
    ISettingsStore settingsStore, InstantTopUp instantTopUp, IAntiforgery antiforgery, IStorefrontRenderer storefront, MemberDirectory directory, BalanceAccounts accounts)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page, CancellationToken cancellationToken) =>
        await ThemedAsync(await BuildAsync(page, null, [], TempData["Notice"] as string, cancellationToken), StatusCodes.Status200OK, cancellationToken);

    [HttpPost("top-up")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TopUp(TopUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var settings = await settingsStore.GetAsync<BalanceSettings>(cancellationToken);
        var problem = TopUpAmount.Parse(form.Amount, new Money(settings.MaxTopUpFen), out var amount);
        if (!settings.InstantTestChannel)
        {
            problem = InstantTopUp.Closed;
        }
        else if (problem is null && form.RequestId == Guid.Empty)
        {
            problem = BalanceErrors.FormExpired;
        }

        if (problem is null)
        {
            try
            {
                var movement = await instantTopUp.TopUpAsync(UserId, amount, form.RequestId, cancellationToken);
                TempData["Notice"] = new Bilingual($"充值成功：{movement.Amount}", $"Topped up: {movement.Amount}").ToString();
                return RedirectToAction(nameof(Index));
            }
            catch (ShopException exception)
            {
                problem = exception.Text;
            }
        }

        return await ThemedAsync(await BuildAsync(1, form.Amount, [problem.ToString()], null, cancellationToken), StatusCodes.Status400BadRequest, cancellationToken);
    }

    /// <summary>The page in the shop's storefront theme (template "account-balance"), like the rest of the member centre.</summary>
    private async Task<IActionResult> ThemedAsync(MemberBalancePage page, int status, CancellationToken cancellationToken)
    {
        var token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        var html = await storefront.RenderToStringAsync(
            "account-balance", AccountBalancePage.Of(page, token), new Bilingual("我的余额", "My balance").ToString(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return new ContentResult { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = status };
    }

    private async Task<MemberBalancePage> BuildAsync(int page, string? amountText, IReadOnlyList<string> errors, string? notice, CancellationToken cancellationToken)
    {
        await directory.RecordAsync(UserId, User.Identity?.Name, cancellationToken);
        var settings = await settingsStore.GetAsync<BalanceSettings>(cancellationToken);
        return new MemberBalancePage(
            await accounts.GetBalanceAsync(UserId, cancellationToken),
            await LedgerPages.LoadAsync(accounts, UserId, page, cancellationToken),
            settings.InstantTestChannel,
            new Money(settings.MaxTopUpFen),
            Guid.NewGuid(),
            amountText,
            errors,
            notice);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A signed-in member has no user id claim.");
}
