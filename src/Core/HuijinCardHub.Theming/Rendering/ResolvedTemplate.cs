using Fluid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>The template to render, its source, and whether it is the merchant's override (so a failure can fall back and be counted).</summary>
internal sealed record ResolvedTemplate(string Name, IFluidTemplate Template, bool IsOverride, string Source);
