using System.Net;
using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Events;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Orders;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HuijinCardHub.Tests.Events;

/// <summary>Order and balance events reach every subscribing module once, survive failures, and wait for a switched-off module.</summary>
public sealed class DurableEventTests(EventsShop shop) : IClassFixture<EventsShop>
{
    private static readonly string Commission = EventsShop.HandlerName<CommissionBook>();
    private static readonly string Webhook = EventsShop.HandlerName<PaidWebhook>();
    private static readonly string Risk = EventsShop.HandlerName<FussyRiskCheck>();

    [Fact]
    public async Task A_paid_order_reaches_each_subscriber_once_with_its_number_lines_and_amounts()
    {
        Subscribers.RiskCheckBroken = false;
        var variant = await shop.CodeGoodsAsync("fanout", 2, price: "12.50");
        var (orderNo, eventId) = await shop.PaidOrderAsync(variant);

        var deliveries = await shop.DeliveriesAsync(eventId);
        Assert.Equal(new[] { Commission, Webhook, Risk }.Order(StringComparer.Ordinal), deliveries.Select(d => d.Handler!).Order(StringComparer.Ordinal));
        Assert.Empty(await shop.NotesAsync(eventId));

        await shop.WorkAsync("node-a");
        await shop.WorkAsync("node-b");

        var notes = await shop.NotesAsync(eventId);
        Assert.Equal(1, notes.Count(n => n.Handler == Commission));
        Assert.Equal(1, notes.Count(n => n.Handler == Webhook));
        Assert.Equal(1, notes.Count(n => n.Handler == Risk));
        Assert.Equal($"{orderNo} 1250 instant 点卡 fanoutx1@1250", notes.Single(n => n.Handler == Commission).Subject);
        Assert.All(await shop.DeliveriesAsync(eventId), d => Assert.Equal(1, d.Status));
    }

    [Fact]
    public async Task A_guest_order_from_the_storefront_tells_subscribers_its_sub_station_and_contact()
    {
        Subscribers.RiskCheckBroken = false;
        var variant = await shop.CodeGoodsAsync("storefront", 1);
        using var guest = shop.CreateBrowser();
        var placed = await guest.SubmitAsync($"/checkout?variant={variant.Id}&quantity=1",
            new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = "1", ["contact"] = "shopper@example.com", ["password"] = "abcd1234" }, "/checkout");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var orderNo = placed.Headers.Location!.ToString()["/order/".Length..];
        await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(orderNo, new Money(980), "instant", "T-" + orderNo));
        await shop.WorkAsync();

        var site = (await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.Sites.ISiteStore>().ListAsync())).Single(s => s.IsDefault);
        var paid = typeof(OrderPaid).FullName;
        var eventId = (await shop.WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .Where(o => o.EventType == paid && o.Payload.Contains(orderNo)).Select(o => o.EventId).FirstAsync()))!.Value;
        var note = Assert.Single(await shop.NotesAsync(eventId), n => n.Handler == Webhook);
        Assert.Equal($"{orderNo} site={site.Id} buyer=shopper@example.com", note.Subject);
    }

    [Fact]
    public async Task A_handler_that_always_fails_goes_dead_on_the_admin_page_without_holding_up_the_others_and_a_retry_runs_it()
    {
        Subscribers.RiskCheckBroken = true;
        var variant = await shop.CodeGoodsAsync("deadletter", 1);
        var (orderNo, eventId) = await shop.PaidOrderAsync(variant);

        await shop.WorkAsync();
        var risk = (await shop.DeliveriesAsync(eventId)).Single(d => d.Handler == Risk);
        Assert.Equal((0, 1), (risk.Status, risk.Attempts));
        Assert.True(risk.NotBeforeUtc > DateTime.UtcNow.AddSeconds(2), "the retry waits for its backoff");
        Assert.Contains("risk service unreachable (attempt 1)", risk.LastError, StringComparison.Ordinal);
        var notes = await shop.NotesAsync(eventId);
        Assert.DoesNotContain(notes, n => n.Handler == Risk);
        Assert.Single(notes, n => n.Handler == Commission);
        Assert.Single(notes, n => n.Handler == Webhook);

        for (var attempt = 2; attempt <= DurableEventRunner.MaxAttempts; attempt++)
        {
            await shop.MakeDueAsync();
            await shop.WorkAsync();
        }

        risk = (await shop.DeliveriesAsync(eventId)).Single(d => d.Handler == Risk);
        Assert.Equal((2, DurableEventRunner.MaxAttempts), (risk.Status, risk.Attempts));
        Assert.DoesNotContain(await shop.NotesAsync(eventId), n => n.Handler == Risk);

        // A later order is not held up by the dead one.
        Subscribers.RiskCheckBroken = false;
        var (_, laterEvent) = await shop.PaidOrderAsync(await shop.CodeGoodsAsync("deadletter2", 1));
        await shop.WorkAsync();
        Assert.Equal(3, (await shop.NotesAsync(laterEvent)).Count);

        using var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);
        var page = await browser.GetStringAsync("/admin/events");
        Assert.Contains($"data-delivery=\"{risk.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"risk service unreachable (attempt {DurableEventRunner.MaxAttempts})", page, StringComparison.Ordinal);
        Assert.Contains("FussyRiskCheck", page, StringComparison.Ordinal);

        var retry = await browser.SubmitAsync("/admin/events", new Dictionary<string, string>(), $"/admin/events/{risk.Id}/retry");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await shop.WorkAsync();

        var note = Assert.Single(await shop.NotesAsync(eventId), n => n.Handler == Risk);
        Assert.Equal(orderNo, note.Subject);
        Assert.Equal(1, (await shop.DeliveriesAsync(eventId)).Single(d => d.Handler == Risk).Status);
        Assert.DoesNotContain($"data-delivery=\"{risk.Id}\"", await browser.GetStringAsync("/admin/events"), StringComparison.Ordinal);
        Assert.Contains("events.retry", await browser.GetStringAsync("/admin/audit?action=events.retry"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_without_the_form_token_or_the_permission_changes_nothing()
    {
        using var guest = shop.CreateBrowser();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await guest.PostAsync("/admin/events/1/retry", content);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/admin/events", StringComparison.Ordinal) == true);

        using var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/events/1/retry", noToken)).StatusCode);
    }

    [Fact]
    public async Task A_buyer_cancelling_an_unpaid_order_tells_the_subscriber_what_went_back()
    {
        var variant = await shop.CodeGoodsAsync("cancel", 2);
        var order = await shop.PlaceAsync(variant, quantity: 2);
        Assert.True(await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.Orders.Services.OrderExpiry>().CancelAsync(order.OrderNo, "buyer", default)));
        await shop.WorkAsync();

        var cancelled = typeof(OrderCancelled).FullName;
        var row = Assert.Single(await shop.WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .Where(o => o.EventType == cancelled && o.Payload.Contains(order.OrderNo)).ToListAsync()));
        var note = Assert.Single(await shop.NotesAsync(row.EventId!.Value));
        Assert.Equal($"{order.OrderNo} by buyer: code 点卡 cancelx2", note.Subject);
    }

    [Fact]
    public async Task A_change_rolled_back_publishes_nothing()
    {
        Guid eventId;
        await using (var scope = await shop.ShellScopeAsync())
        {
            var services = scope.ServiceProvider;
            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync();
            eventId = await services.GetRequiredService<IDurableEvents>().PublishAsync(new BalanceMoved(new BalanceMovement(0, 1, "u-rollback", BalanceMovementKind.Credit,
                new Money(100), new Money(100), "top-up", "rollback-1", "system", DateTime.UtcNow, "")));
            Assert.Single(await services.GetRequiredService<KernelDbContext>().Outbox.Where(o => o.EventId == eventId).ToListAsync());
        }

        Assert.Empty(await shop.DeliveriesAsync(eventId));
    }

    [Fact]
    public async Task A_balance_top_up_reaches_its_subscriber_once()
    {
        await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().CreditAsync("member-topup", new Money(5000), "充值 / Top-up", "topup-1"));
        await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().CreditAsync("member-topup", new Money(5000), "充值 / Top-up", "topup-1"));
        var moved = typeof(BalanceMoved).FullName;
        var rows = await shop.WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .Where(o => o.EventType == moved && o.Payload.Contains("member-topup")).ToListAsync());
        var row = Assert.Single(rows);
        await shop.WorkAsync();
        var note = Assert.Single(await shop.NotesAsync(row.EventId!.Value));
        Assert.Equal("member-topup Credit 5000 5000", note.Subject);
    }

    [Fact]
    public async Task Deliveries_of_a_switched_off_feature_wait_uncounted_and_run_once_it_is_on_again()
    {
        Subscribers.RiskCheckBroken = false;
        var variant = await shop.CodeGoodsAsync("waiting", 1);
        var (_, eventId) = await shop.PaidOrderAsync(variant);
        await shop.SwitchSubscribersAsync(on: false);
        try
        {
            await shop.WorkAsync();
            var waiting = await shop.DeliveriesAsync(eventId);
            Assert.Equal(3, waiting.Count);
            Assert.All(waiting, d =>
            {
                Assert.Equal((0, 0), (d.Status, d.Attempts));
                Assert.NotNull(d.WaitingSinceUtc);
                Assert.True(d.NotBeforeUtc > DateTime.UtcNow.AddSeconds(30), "looked at again in a minute");
            });

            // Still waiting a while later: never counted, never dead.
            await shop.MakeDueAsync();
            await shop.WorkAsync();
            Assert.All(await shop.DeliveriesAsync(eventId), d => Assert.Equal((0, 0), (d.Status, d.Attempts)));

            var listed = await shop.WithAsync(s => s.GetRequiredService<IEventDeliveries>().ListStuckAsync(100));
            Assert.Equal(3, listed.Count(d => d.EventId == eventId && d.State == EventDeliveryState.Waiting));
        }
        finally
        {
            await shop.SwitchSubscribersAsync(on: true);
        }

        // Switching it on wakes them at once: no minute to wait.
        await shop.WorkAsync();
        Assert.Equal(3, (await shop.NotesAsync(eventId)).Count);
        Assert.All(await shop.DeliveriesAsync(eventId), d => Assert.Equal((1, 1, (DateTime?)null), (d.Status, d.Attempts, d.WaitingSinceUtc)));
    }

    [Fact]
    public async Task Two_workers_holding_one_delivery_after_its_lease_lapsed_run_the_handler_once()
    {
        Subscribers.RiskCheckBroken = false;
        var variant = await shop.CodeGoodsAsync("lease", 1);
        var (_, eventId) = await shop.PaidOrderAsync(variant);
        var shell = await shop.Shells.GetAsync(HuijinCardHub.Kernel.Shells.ShellSettings.DefaultName);

        // Node A claims the deliveries and stalls; its lease lapses; node B claims them again.
        var claimedByA = await ClaimAsync(shell.Services, "node-a", DateTime.UtcNow);
        var claimedByB = await ClaimAsync(shell.Services, "node-b", DateTime.UtcNow.AddMinutes(3));
        var ids = (await shop.DeliveriesAsync(eventId)).Select(d => d.Id).ToHashSet();
        Assert.Equal(3, claimedByA.Count(r => ids.Contains(r.Id)));
        Assert.Equal(3, claimedByB.Count(r => ids.Contains(r.Id)));

        // Both now run what they hold, at the same time.
        await Task.WhenAll(
            RunAsync(shell.Services, "node-a", claimedByA.Where(r => ids.Contains(r.Id))),
            RunAsync(shell.Services, "node-b", claimedByB.Where(r => ids.Contains(r.Id))));

        var notes = await shop.NotesAsync(eventId);
        Assert.Equal(3, notes.Count);
        Assert.Equal(3, notes.Select(n => n.Handler).Distinct().Count());
        Assert.All(await shop.DeliveriesAsync(eventId), d => Assert.Equal(1, d.Status));
    }

    private static async Task<List<OutboxRow>> ClaimAsync(IServiceProvider shell, string node, DateTime now)
    {
        await using var scope = shell.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await OutboxClaimer.ClaimAsync(services.GetRequiredService<KernelDbContext>(), services.GetRequiredService<IShellDatabase>(), node, now, TimeSpan.FromMinutes(2), 100, default);
    }

    private static async Task RunAsync(IServiceProvider shell, string node, IEnumerable<OutboxRow> rows)
    {
        foreach (var row in rows)
        {
            await using var scope = shell.CreateAsyncScope();
            await new DurableEventRunner(scope.ServiceProvider, node, NullLogger.Instance).RunAsync(row, default);
        }
    }
}
