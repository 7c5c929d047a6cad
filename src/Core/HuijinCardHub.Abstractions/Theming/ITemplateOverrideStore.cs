using HuijinCardHub.Text;

namespace HuijinCardHub.Theming;
/// <summary>Merchant edits of theme templates, stored in the shell database. Implemented by the kernel.</summary>
public interface ITemplateOverrideStore
{
    /// <summary>The source the storefront renders, or null when there is none or it was switched off after failing.</summary>
    Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default);

    /// <summary>The override with its state (switched off or not), for the admin.</summary>
    Task<TemplateOverride?> FindAsync(string theme, string template, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default);

    /// <summary>Saves the source; a saved override is in use again and its failure count starts over.</summary>
    Task SaveAsync(string theme, string template, string source, CancellationToken cancellationToken = default);

    Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed render of this exact <paramref name="source"/>; the <see cref="SwitchOffAfterFailures"/>th
    /// switches the override off with <paramref name="reason"/>. True when this call switched it off.
    /// </summary>
    Task<bool> RecordFailureAsync(string theme, string template, string source, Bilingual reason, CancellationToken cancellationToken = default);

    /// <summary>Failed renders of one saved source before the storefront stops using it.</summary>
    public const int SwitchOffAfterFailures = 3;
}
