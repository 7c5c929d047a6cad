using HuijinCardHub.Security;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// The shop's one password rule (the same setup checks before any module runs), replacing Identity's own
/// validator so a weak password gets each message once, in both languages.
/// </summary>
internal sealed class ShopPasswordValidator : IPasswordValidator<IdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var errors = PasswordPolicy.Check(password)
            .Select(text => (IdentityError)new BilingualIdentityError("PasswordPolicy", text))
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }
}
