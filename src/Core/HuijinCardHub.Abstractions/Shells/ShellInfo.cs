using HuijinCardHub.Text;

namespace HuijinCardHub.Shells;

/// <summary>The tenant the current scope belongs to.</summary>
public sealed record ShellInfo(string Name, string? RequestUrlHost, string? RequestUrlPrefix);
