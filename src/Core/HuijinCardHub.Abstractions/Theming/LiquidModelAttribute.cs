using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming;

/// <summary>Allow-lists a type's public properties for Liquid templates. Nothing else is reachable.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LiquidModelAttribute : Attribute;
