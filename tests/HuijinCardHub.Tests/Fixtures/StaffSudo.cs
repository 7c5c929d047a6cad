using System.Net;
using System.Security.Cryptography;
using HuijinCardHub.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>
/// Staff with an authenticator app: an account enrolled in two-factor sign-in, its sign-in through the TOTP step, and
/// the sudo confirmation that sensitive admin actions ask for. Codes are computed from the account's own key, as the
/// phone app would.
/// </summary>
public static class StaffSudo
{
    /// <summary>An owner enrolled in two-factor; the recipe's admin stays without it so other tests sign in as before.</summary>
    public const string OwnerUserName = "owner2fa";

    /// <summary>Creates the account if needed (with the role), turns two-factor on, and returns its authenticator key.</summary>
    public static async Task<string> EnrolAsync(this ShopFactory shop, string userName, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(shop);
        await using var scope = await shop.ShellScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new IdentityUser(userName) { Email = userName + "@example.com", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, ShopFactory.AdminPassword)).Succeeded);
            if (role is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Signs in with password and then the authenticator code, as an enrolled staff member does.</summary>
    public static async Task<HttpClient> SignInWithTwoFactorAsync(this ShopFactory shop, string userName, string key)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var browser = shop.CreateBrowser();
        var login = await browser.SignInAsync(userName, ShopFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var step = login.Headers.Location!.OriginalString;
        Assert.Contains("two-factor", step, StringComparison.Ordinal);
        var done = await browser.SubmitAsync(step, new Dictionary<string, string> { ["Code"] = Totp.Now(key) }, "/account/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return browser;
    }

    /// <summary>Enters the authenticator code on the sudo confirm page.</summary>
    public static async Task<HttpResponseMessage> ConfirmSudoAsync(this HttpClient browser, string key, string? returnUrl = null)
    {
        var page = SudoConfirmation.Path + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var fields = new Dictionary<string, string> { ["Code"] = Totp.Now(key) };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        var confirmed = await browser.SubmitAsync(page, fields, SudoConfirmation.Path);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return confirmed;
    }

    /// <summary>The enrolled owner, signed in and in sudo mode: what a real owner does before a sensitive change.</summary>
    public static async Task<HttpClient> OwnerInSudoAsync(this ShopFactory shop)
    {
        var key = await shop.EnrolAsync(OwnerUserName, StandardRoles.Administrator);
        var browser = await shop.SignInWithTwoFactorAsync(OwnerUserName, key);
        await browser.ConfirmSudoAsync(key);
        return browser;
    }
}

/// <summary>RFC 6238 time-based codes (SHA-1, 30 seconds, 6 digits), as authenticator apps make them.</summary>
public static class Totp
{
    public static string Now(string base32Key) => At(base32Key, DateTimeOffset.UtcNow);

    public static string At(string base32Key, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        var step = BitConverter.GetBytes(time.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(step);
        }

        var hash = HMACSHA1.HashData(Base32(base32Key), step);
        var offset = hash[^1] & 0x0f;
        var number = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (number % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
