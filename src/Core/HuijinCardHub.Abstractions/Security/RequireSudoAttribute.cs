using System.Security.Claims;

namespace HuijinCardHub.Security;

/// <summary>
/// Sudo mode: an action that changes where mail, money or webhooks go, changes staff roles, or reveals or exports
/// codes needs a fresh second factor (a TOTP confirmation within the last few minutes), asked for on the spot, on
/// top of its permission. A stolen session or a manager's account alone cannot do these things.
/// Put <c>[RequireSudo]</c> on an MVC action or controller, or <c>.WithMetadata(new RequireSudoAttribute())</c>
/// on an endpoint; the Users module enforces it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireSudoAttribute : Attribute
{
}
