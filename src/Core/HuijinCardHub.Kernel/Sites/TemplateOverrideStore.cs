using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>Overrides are read on every storefront render, so each lookup (found or not) is kept in the shell's memory for 30 s.</summary>
internal sealed class TemplateOverrideStore(IServiceProvider services, IClock clock, IMemoryCache cache) : ITemplateOverrideStore
{
    // Resolved only on a cache miss or a change: a storefront render usually needs no database context.
    private KernelDbContext Db => services.GetRequiredService<KernelDbContext>();

    public async Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        var key = Key(theme, template);
        if (cache.TryGetValue(key, out Found? found) && found is not null)
        {
            return found.Source;
        }

        var source = await Db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme && t.Template == template && t.SwitchedOffUtc == null)
            .Select(t => t.Source).FirstOrDefaultAsync(cancellationToken);
        cache.Set(key, new Found(source), TimeSpan.FromSeconds(30));
        return source;
    }

    public async Task<TemplateOverride?> FindAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        var row = await Db.TemplateOverrides.AsNoTracking().FirstOrDefaultAsync(t => t.Theme == theme && t.Template == template, cancellationToken);
        return row is null ? null : ToOverride(row);
    }

    public async Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default) =>
        (await Db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme).OrderBy(t => t.Template).ToListAsync(cancellationToken))
            .Select(ToOverride).ToList();

    public async Task SaveAsync(string theme, string template, string source, CancellationToken cancellationToken = default)
    {
        var row = await Db.TemplateOverrides.FirstOrDefaultAsync(t => t.Theme == theme && t.Template == template, cancellationToken);
        if (row is null)
        {
            row = new TemplateOverrideRow { Theme = theme, Template = template };
            Db.TemplateOverrides.Add(row);
        }

        row.Source = source;
        row.UpdatedUtc = clock.UtcNow;
        row.Failures = 0;
        row.SwitchedOffUtc = null;
        row.SwitchedOffReasonZh = null;
        row.SwitchedOffReasonEn = null;
        await Db.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    public async Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        await Db.TemplateOverrides.Where(t => t.Theme == theme && t.Template == template).ExecuteDeleteAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    public async Task<bool> RecordFailureAsync(string theme, string template, string source, Bilingual reason, CancellationToken cancellationToken = default)
    {
        // Counted in the database, not in memory: every node's failures add up, and a save (new source) starts over.
        var mine = Db.TemplateOverrides.Where(t => t.Theme == theme && t.Template == template && t.Source == source && t.SwitchedOffUtc == null);
        await mine.ExecuteUpdateAsync(u => u.SetProperty(t => t.Failures, t => t.Failures + 1), cancellationToken);
        var now = clock.UtcNow;
        var switchedOff = await mine.Where(t => t.Failures >= ITemplateOverrideStore.SwitchOffAfterFailures).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.SwitchedOffUtc, now)
            .SetProperty(t => t.SwitchedOffReasonZh, reason.Chinese)
            .SetProperty(t => t.SwitchedOffReasonEn, reason.English), cancellationToken) > 0;
        if (switchedOff)
        {
            cache.Remove(Key(theme, template));
        }

        return switchedOff;
    }

    private static TemplateOverride ToOverride(TemplateOverrideRow row) =>
        new(row.Theme, row.Template, row.Source, row.UpdatedUtc, row.SwitchedOffUtc,
            row.SwitchedOffUtc is null ? null : new Bilingual(row.SwitchedOffReasonZh ?? "", row.SwitchedOffReasonEn ?? ""));

    private static string Key(string theme, string template) => $"kernel:template:{theme}:{template}";

    /// <summary>Wraps the lookup so "no override" is cached too.</summary>
    private sealed record Found(string? Source);
}
