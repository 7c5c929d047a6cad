using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Theming;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Sites;

internal sealed class TemplateOverrideStore(KernelDbContext db, IClock clock) : ITemplateOverrideStore
{
    public Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default) =>
        db.TemplateOverrides.AsNoTracking().Where(t => t.Theme == theme && t.Template == template).Select(t => t.Source).FirstOrDefaultAsync(cancellationToken);

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
    }

    public Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default) =>
        db.TemplateOverrides.Where(t => t.Theme == theme && t.Template == template).ExecuteDeleteAsync(cancellationToken);
}
