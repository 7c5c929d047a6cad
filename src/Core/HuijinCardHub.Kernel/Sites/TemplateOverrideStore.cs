using HuijinCardHub.Kernel.Data;
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

        var source = await Db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme && t.Template == template)
            .Select(t => t.Source).FirstOrDefaultAsync(cancellationToken);
        cache.Set(key, new Found(source), TimeSpan.FromSeconds(30));
        return source;
    }

    public async Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default) =>
        await Db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme).OrderBy(t => t.Template)
            .Select(t => new TemplateOverride(t.Theme, t.Template, t.Source, t.UpdatedUtc)).ToListAsync(cancellationToken);

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
        await Db.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    public async Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        await Db.TemplateOverrides.Where(t => t.Theme == theme && t.Template == template).ExecuteDeleteAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    private static string Key(string theme, string template) => $"kernel:template:{theme}:{template}";

    /// <summary>Wraps the lookup so "no override" is cached too.</summary>
    private sealed record Found(string? Source);
}
