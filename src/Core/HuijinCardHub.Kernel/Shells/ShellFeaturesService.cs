using HuijinCardHub.Admin;
using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Shells;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// Enables and disables features of this shell: stores the new list, rebuilds the shell (running the
/// new features' migrations) and swaps it in. A failed rebuild restores the stored list.
/// </summary>
internal sealed class ShellFeaturesService(
    ShellSettings settings,
    ModuleCatalog catalog,
    EnabledFeatures enabled,
    ShellHost shells,
    KernelDbContext db,
    IClock clock) : IShellFeatures
{
    public IReadOnlyList<FeatureInfo> Available => catalog.Features.Values.Select(f => f.Info).ToList();

    public IReadOnlyList<string> Enabled => enabled.Features.Select(f => f.Info.Id).ToList();

    public FeatureChangePlan PlanEnable(IEnumerable<string> featureIds) =>
        catalog.Graph.PlanEnable(Enabled, featureIds, settings.IsDefault);

    public FeatureChangePlan PlanDisable(IEnumerable<string> featureIds) =>
        catalog.Graph.PlanDisable(Enabled, featureIds);

    public async Task<FeatureChangePlan> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var plan = PlanEnable(featureIds);
        await ApplyAsync(plan, cancellationToken);
        return plan;
    }

    public async Task<FeatureChangePlan> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var plan = PlanDisable(featureIds);
        await ApplyAsync(plan, cancellationToken);
        return plan;
    }

    /// <summary>Applies a checked plan; the recipe runner uses it for several feature steps at once.</summary>
    internal async Task<ShellContext?> ApplyAsync(FeatureChangePlan plan, CancellationToken cancellationToken)
    {
        if (!plan.IsValid)
        {
            throw new ShopException(new Bilingual(
                string.Join("；", plan.Errors.Select(e => e.Chinese)),
                string.Join("; ", plan.Errors.Select(e => e.English))));
        }

        if (plan.ToEnable.Count == 0 && plan.ToDisable.Count == 0)
        {
            return null;
        }

        var before = await db.EnabledFeatures.AsNoTracking().ToListAsync(cancellationToken);
        var after = Enabled.Concat(plan.ToEnable).Except(plan.ToDisable).ToHashSet(StringComparer.Ordinal);
        await StoreAsync(after, cancellationToken);
        ShellContext shell;
        try
        {
            shell = await shells.ReloadAsync(settings, after, cancellationToken);
        }
        catch
        {
            await StoreAsync(before.Select(b => b.FeatureId).ToHashSet(), CancellationToken.None);
            throw;
        }

        await using var scope = shell.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<IEventPublisher>()
            .PublishAsync(new FeaturesChanged(settings.Name, plan.ToEnable, plan.ToDisable), cancellationToken);
        var audit = services.GetService<IAuditLog>();
        if (audit is not null)
        {
            await audit.WriteAsync("features.change", string.Join(",", plan.ToEnable.Concat(plan.ToDisable)),
                $"enable: {string.Join(",", plan.ToEnable)}; disable: {string.Join(",", plan.ToDisable)}", cancellationToken);
        }

        return shell;
    }

    private async Task StoreAsync(IReadOnlySet<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.EnabledFeatures.ToListAsync(cancellationToken);
        db.EnabledFeatures.RemoveRange(rows.Where(r => !ids.Contains(r.FeatureId)));
        foreach (var id in ids.Where(id => rows.All(r => r.FeatureId != id)))
        {
            db.EnabledFeatures.Add(new EnabledFeatureRow { FeatureId = id, EnabledUtc = clock.UtcNow });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
