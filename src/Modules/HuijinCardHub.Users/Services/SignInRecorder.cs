using HuijinCardHub.Events;
using HuijinCardHub.Users.Domain;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>What follows a successful sign-in: the event, and where the person goes next.</summary>
internal sealed class SignInRecorder(IEventPublisher events, UserManager<IdentityUser> users)
{
    public async Task<string> CompleteAsync(IdentityUser user, string? remoteIp, string? returnUrl, Func<string?, bool> isLocal, CancellationToken cancellationToken)
    {
        await events.PublishAsync(new UserSignedIn(user.Id, user.UserName ?? "", remoteIp), cancellationToken);
        if (!string.IsNullOrEmpty(returnUrl) && isLocal(returnUrl))
        {
            return returnUrl;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(StaffRoles.All.Contains) ? "~/admin" : "~/";
    }
}
