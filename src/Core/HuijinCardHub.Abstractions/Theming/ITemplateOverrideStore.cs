namespace HuijinCardHub.Theming;

/// <summary>Merchant edits of theme templates, stored in the shell database. Implemented by the kernel.</summary>
public interface ITemplateOverrideStore
{
    Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default);

    Task SaveAsync(string theme, string template, string source, CancellationToken cancellationToken = default);

    Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default);
}

public sealed record TemplateOverride(string Theme, string Template, string Source, DateTime UpdatedUtc);
