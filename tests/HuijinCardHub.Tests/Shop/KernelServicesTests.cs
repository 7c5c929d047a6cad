using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Settings;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HuijinCardHub.Tests.Shop;

[SettingsSection("ProbeGateway")]
public sealed class ProbeGatewaySettings
{
    public string MerchantId { get; set; } = "";

    [Secret]
    public string ApiKey { get; set; } = "";
}

/// <summary>Settings, outbox and unit of work, as modules use them.</summary>
public sealed class KernelServicesTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task A_secret_setting_is_encrypted_at_rest_and_read_back_in_clear()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISettingsStore>()
                .SaveAsync(new ProbeGatewaySettings { MerchantId = "10001", ApiKey = "s3cret-key-汇锦" });
        }

        await using (var scope = await shop.ShellScopeAsync())
        {
            var raw = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Settings.SingleAsync(s => s.Section == "ProbeGateway");
            Assert.Contains("10001", raw.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", raw.Json, StringComparison.Ordinal);
            var read = await scope.ServiceProvider.GetRequiredService<ISettingsStore>().GetAsync<ProbeGatewaySettings>();
            Assert.Equal("s3cret-key-汇锦", read.ApiKey);
        }
    }

    [Fact]
    public async Task An_outbox_message_written_in_a_rolled_back_transaction_never_exists()
    {
        await using var scope = await shop.ShellScopeAsync();
        var services = scope.ServiceProvider;
        await using (var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync())
        {
            await services.GetRequiredService<IOutbox>().EnqueueAsync("probe.rollback", new { n = 1 });
        }

        var db = services.GetRequiredService<KernelDbContext>();
        Assert.False(await db.Outbox.AnyAsync(o => o.Topic == "probe.rollback"));
    }

    [Fact]
    public async Task A_failing_outbox_message_is_retried_with_backoff_until_it_succeeds_and_is_handled_once_after()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.Probe"]);
        }

        Probe.FailuresBeforeSuccess = 1;
        long id;
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync("probe.flaky", new { order = "HJ1" });
            id = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox.Where(o => o.Topic == "probe.flaky").MaxAsync(o => o.Id);
        }

        // Two processors stand for two nodes sharing the database; the first attempt fails.
        var shell = await shop.Shells.GetAsync("Default");
        var nodeA = new OutboxProcessor(shell.Services, "node-a", NullLogger.Instance);
        var nodeB = new OutboxProcessor(shell.Services, "node-b", NullLogger.Instance);
        await Task.WhenAll(nodeA.DrainOnceAsync(default), nodeB.DrainOnceAsync(default));

        OutboxRow row;
        await using (var scope = await shop.ShellScopeAsync())
        {
            row = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
        }

        if (row.Status == 0)
        {
            Assert.Equal(1, row.Attempts);
            Assert.True(row.NotBeforeUtc > DateTime.UtcNow.AddSeconds(2), "the retry waits for its backoff");
            await using var scope = await shop.ShellScopeAsync();
            await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox.Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NotBeforeUtc, DateTime.UtcNow.AddSeconds(-1)));
            await Task.WhenAll(nodeA.DrainOnceAsync(default), nodeB.DrainOnceAsync(default));
        }

        // The host's own worker drains the same table, so the second attempt may be its: wait for whoever claimed it.
        for (var i = 0; i < 100; i++)
        {
            await using var scope = await shop.ShellScopeAsync();
            row = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
            if (row.Status != 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(1, row.Status);
        var attempts = Probe.Handled.Where(h => h.Id == id).Select(h => h.Attempt).ToList();
        Assert.Equal(attempts.Distinct().Count(), attempts.Count);
        Assert.Contains(2, attempts);
    }

    [Fact]
    public async Task The_host_worker_delivers_outbox_messages_and_runs_recurring_jobs_by_itself()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.Probe"]);
        }

        Probe.FailuresBeforeSuccess = 0;
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync("probe.flaky", new { order = "HJ-worker" });
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var delivered = false;
        while (!(delivered && Volatile.Read(ref Probe.Heartbeats) > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await using var scope = await shop.ShellScopeAsync();
            delivered = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox
                .AnyAsync(o => o.Payload.Contains("HJ-worker") && o.Status == 1);
        }

        Assert.True(delivered, "the background worker handled the message");
        Assert.True(Volatile.Read(ref Probe.Heartbeats) > 0, "the recurring job ran");
    }

    [Fact]
    public async Task Events_raised_in_a_transaction_reach_handlers_only_after_it_commits()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.Probe"]);
        }

        var rolledBack = new FeaturesChanged("rolled-back", [], []);
        var committed = new FeaturesChanged("committed", [], []);
        await using (var scope = await shop.ShellScopeAsync())
        {
            var services = scope.ServiceProvider;
            var events = services.GetRequiredService<HuijinCardHub.Events.IEventPublisher>();
            await using (await services.GetRequiredService<IUnitOfWork>().BeginAsync())
            {
                await events.PublishAsync(rolledBack);
            }

            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync();
            await events.PublishAsync(committed);
            Assert.DoesNotContain(committed, Probe.FeatureChanges);
            await transaction.CommitAsync();
        }

        Assert.Contains(committed, Probe.FeatureChanges);
        Assert.DoesNotContain(rolledBack, Probe.FeatureChanges);
    }

    [Fact]
    public async Task A_failed_savepoint_undoes_only_its_own_work_and_events_and_the_transaction_commits_the_rest()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.Probe"]);
        }

        var undone = new FeaturesChanged("savepoint-undone", [], []);
        var kept = new FeaturesChanged("savepoint-kept", [], []);
        await using (var scope = await shop.ShellScopeAsync())
        {
            var services = scope.ServiceProvider;
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var outbox = services.GetRequiredService<IOutbox>();
            var events = services.GetRequiredService<HuijinCardHub.Events.IEventPublisher>();
            await using var transaction = await unitOfWork.BeginAsync();
            await outbox.EnqueueAsync("probe.savepoint-outer", new { n = 1 });
            await using (await unitOfWork.BeginSavepointAsync())
            {
                // Like a delivery that finds no stock: it wrote and announced something, then gave up.
                await outbox.EnqueueAsync("probe.savepoint-inner", new { n = 2 });
                await events.PublishAsync(undone);
            }

            await using (var inner = await unitOfWork.BeginSavepointAsync())
            {
                await outbox.EnqueueAsync("probe.savepoint-kept", new { n = 3 });
                await events.PublishAsync(kept);
                await inner.CommitAsync();
            }

            Assert.NotNull(unitOfWork.Current);
            await transaction.CommitAsync();
        }

        await using (var scope = await shop.ShellScopeAsync())
        {
            var topics = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().Outbox
                .Where(o => o.Topic.StartsWith("probe.savepoint")).Select(o => o.Topic).ToListAsync();
            Assert.Equal(["probe.savepoint-kept", "probe.savepoint-outer"], topics.Order().ToList());
        }

        Assert.Contains(kept, Probe.FeatureChanges);
        Assert.DoesNotContain(undone, Probe.FeatureChanges);
    }
}
