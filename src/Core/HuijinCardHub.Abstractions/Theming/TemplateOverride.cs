using HuijinCardHub.Text;

namespace HuijinCardHub.Theming;

/// <param name="SwitchedOffUtc">When the storefront stopped using it after repeated failures; null while in use.</param>
public sealed record TemplateOverride(string Theme, string Template, string Source, DateTime UpdatedUtc, DateTime? SwitchedOffUtc = null, Bilingual? SwitchedOffReason = null)
{
    public bool IsSwitchedOff => SwitchedOffUtc is not null;
}
