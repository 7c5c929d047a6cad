using Fluid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>The template to render and whether it is the merchant's override (so a failure can fall back).</summary>
internal sealed record ResolvedTemplate(string Name, IFluidTemplate Template, bool IsOverride);
