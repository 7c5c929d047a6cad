using HuijinCardHub.Security;
using Microsoft.AspNetCore.Authorization;

namespace HuijinCardHub.Users.Services;

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Succeeds when the signed-in user holds the permission through one of their roles.</summary>
internal sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        // The checker only compares names; the description is not needed to answer.
        var permission = new Permission(requirement.Permission, new Text.Bilingual(requirement.Permission, requirement.Permission));
        if (await checker.HasAsync(context.User, permission))
        {
            context.Succeed(requirement);
        }
    }
}
