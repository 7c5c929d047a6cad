using HuijinCardHub.Shells;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HuijinCardHub.Users.Services;

/// <summary>Identity with the shop's password, lockout and cookie rules.</summary>
internal static class IdentityRegistration
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string DeniedPath = "/account/denied";

    public static void AddShopIdentity(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = Security.PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddUserStore<ShopUserStore>()
            .AddRoleStore<ShopRoleStore>()
            .AddErrorDescriber<BilingualIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Our validator states the same rule as PasswordPolicy, once per problem and in both languages.
        services.RemoveAll<IPasswordValidator<IdentityUser>>();
        services.AddScoped<IPasswordValidator<IdentityUser>, ShopPasswordValidator>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = DeniedPath;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            HardenCookie(options.Cookie);
        });
        services.ConfigureExternalCookie(options => HardenCookie(options.Cookie));
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TenantCookieNames>();
    }

    private static void HardenCookie(CookieBuilder cookie)
    {
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    /// <summary>Each tenant's cookies carry its name, so two shops on one host never read each other's sign-in.</summary>
    private sealed class TenantCookieNames(ShellInfo shell) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            var suffix = name switch
            {
                _ when name == IdentityConstants.ApplicationScheme => "",
                _ when name == IdentityConstants.TwoFactorUserIdScheme => ".2fa",
                _ when name == IdentityConstants.TwoFactorRememberMeScheme => ".2fa-remember",
                _ when name == IdentityConstants.ExternalScheme => ".external",
                _ => null,
            };
            if (suffix is not null)
            {
                options.Cookie.Name = ".huijin.auth." + shell.Name + suffix;
            }
        }
    }
}
