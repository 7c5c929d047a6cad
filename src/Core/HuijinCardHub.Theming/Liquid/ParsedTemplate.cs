using Fluid;
using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>A template source with either its parsed form or its syntax error.</summary>
internal sealed record ParsedTemplate(string Source, IFluidTemplate? Template, Bilingual? Error);
