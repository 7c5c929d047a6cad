using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Theming;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>Overrides are read on every storefront render, so each lookup (found or not) is kept in the shell's memory for 30 s.</summary>
internal sealed class TemplateOverrideStore(KernelDbContext db, IClock clock, IMemoryCache cache) : ITemplateOverrideStore
{
    public async Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        var key = Key(theme, template);
        if (cache.TryGetValue(key, out Found? found) && found is not null)
        {
            return found.Source;
        }

        var source = await db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme && t.Template == template)
            .Select(t => t.Source).FirstOrDefaultAsync(cancellationToken);
        cache.Set(key, new Found(source), TimeSpan.FromSeconds(30));
        return source;
    }

    public async Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default) =>
        await db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme).OrderBy(t => t.Template)
            .Select(t => new TemplateOverride(t.Theme, t.Template, t.Source, t.UpdatedUtc)).ToListAsync(cancellationToken);

    public async Task SaveAsync(string theme, string template, string source, CancellationToken cancellationToken = default)
    {
        var row = await db.TemplateOverrides.FirstOrDefaultAsync(t => t.Theme == theme && t.Template == template, cancellationToken);
        if (row is null)
        {
            row = new TemplateOverrideRow { Theme = theme, Template = template };
            db.TemplateOverrides.Add(row);
        }

        row.Source = source;
        row.UpdatedUtc = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    public async Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default)
    {
        await db.TemplateOverrides.Where(t => t.Theme == theme && t.Template == template).ExecuteDeleteAsync(cancellationToken);
        cache.Remove(Key(theme, template));
    }

    private static string Key(string theme, string template) => $"kernel:template:{theme}:{template}";

    /// <summary>Wraps the lookup so "no override" is cached too.</summary>
    private sealed record Found(string? Source);
}
