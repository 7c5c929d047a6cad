using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>One check of a typed authenticator code, for enrolment, switching it off and sudo mode alike.</summary>
internal static class AuthenticatorCodes
{
    public static async Task<bool> IsCurrentCodeAsync(this UserManager<IdentityUser> users, IdentityUser user, string? typed)
    {
        var code = FormChecks.CleanCode(typed);
        return code.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
    }
}
