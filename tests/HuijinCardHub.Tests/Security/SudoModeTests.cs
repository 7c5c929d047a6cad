using System.Net;
using HuijinCardHub.Security;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Security;

/// <summary>
/// Where mail goes decides who can reset the owner's password: only the owner's role may change it, and only right
/// after confirming an authenticator code (sudo mode, 10 minutes).
/// </summary>
public sealed class SudoModeTests(SudoShop shop) : IClassFixture<SudoShop>
{
    private const string SmtpPage = "/admin/settings/Smtp";

    private static Dictionary<string, string> Smtp(string host) => new()
    {
        ["Host"] = host,
        ["Port"] = "587",
        ["From"] = "shop@" + host,
        ["EnableSsl"] = "true",
    };

    [Fact]
    public async Task A_shop_manager_cannot_change_where_mail_goes_even_with_a_fresh_code()
    {
        var key = await shop.EnrolAsync("manager-smtp", StandardRoles.ShopManager);
        var manager = await shop.SignInWithTwoFactorAsync("manager-smtp", key);
        await manager.ConfirmSudoAsync(key);

        Assert.DoesNotContain("admin/settings/Smtp", await manager.GetStringAsync("/admin/settings"), StringComparison.Ordinal);
        var page = await manager.GetAsync(SmtpPage);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        var posted = await manager.SubmitAsync("/admin", Smtp("mail.manager-owned.example"), SmtpPage);

        Assert.Contains("denied", posted.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("manager-owned", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_confirms_a_code_before_changing_where_mail_goes_and_the_confirmation_runs_out_after_ten_minutes()
    {
        var key = await shop.EnrolAsync(StaffSudo.OwnerUserName, StandardRoles.Administrator);
        var owner = await shop.SignInWithTwoFactorAsync(StaffSudo.OwnerUserName, key);

        // Without sudo: the page sends the owner to confirm, and a post changes nothing.
        var asked = await owner.GetAsync(SmtpPage);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(SudoConfirmation.Path + "?returnUrl=%2Fadmin%2Fsettings%2FSmtp", asked.Headers.Location!.OriginalString);
        var refused = await owner.SubmitAsync("/admin", Smtp("mail.before-sudo.example"), SmtpPage);
        Assert.StartsWith(SudoConfirmation.Path, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("before-sudo", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);

        // A wrong code is refused; the right one leads back to the page.
        var wrong = await owner.SubmitAsync(SudoConfirmation.Path, new Dictionary<string, string> { ["Code"] = WrongCode(key), ["ReturnUrl"] = SmtpPage });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SmtpPage, (await owner.ConfirmSudoAsync(key, SmtpPage)).Headers.Location!.OriginalString);

        var saved = await owner.SubmitAsync(SmtpPage, Smtp("mail.owner.example"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("mail.owner.example", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);

        try
        {
            shop.Clock.Ahead = TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(5);
            Assert.StartsWith(SudoConfirmation.Path, (await owner.GetAsync(SmtpPage)).Headers.Location!.OriginalString, StringComparison.Ordinal);
            var late = await owner.SubmitAsync("/admin", Smtp("mail.too-late.example"), SmtpPage);
            Assert.StartsWith(SudoConfirmation.Path, late.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("too-late", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);
        }
        finally
        {
            shop.Clock.Ahead = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Staff_without_two_factor_cannot_pass_and_are_told_where_to_turn_it_on()
    {
        var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);

        var asked = await admin.GetAsync(SmtpPage);
        var confirm = await admin.GetStringAsync(asked.Headers.Location!.OriginalString);
        Assert.Contains("尚未开启两步验证", confirm, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/manage/two-factor\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Code\"", confirm, StringComparison.Ordinal);

        var english = shop.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        await english.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        Assert.Contains("has no two-factor sign-in yet", await english.GetStringAsync(SudoConfirmation.Path), StringComparison.Ordinal);

        var guessed = await admin.SubmitAsync(SudoConfirmation.Path, new Dictionary<string, string> { ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.OK, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync(SmtpPage)).StatusCode);
    }

    [Fact]
    public async Task A_staff_lead_cannot_hand_out_more_power_than_they_hold()
    {
        await shop.EnsureRoleAsync("Supervisor", KernelPermissions.AccessAdmin, KernelPermissions.ManageUsers, KernelPermissions.ManageStaffRoles);
        var key = await shop.EnrolAsync("lead", "Supervisor");
        var lead = await shop.SignInWithTwoFactorAsync("lead", key);
        await lead.ConfirmSudoAsync(key);
        var self = await shop.UserIdAsync("lead");

        var toAdministrator = await lead.SubmitAsync($"/admin/users/{self}/edit", new Dictionary<string, string> { ["Email"] = "lead@example.com" }
            .WithRoles("Supervisor", StandardRoles.Administrator));
        Assert.Equal(HttpStatusCode.Forbidden, toAdministrator.StatusCode);
        Assert.Contains("只有管理员可以授予管理员角色", await toAdministrator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Supervisor"], await shop.RolesOfAsync("lead"));

        var morePermissions = await lead.SubmitAsync("/admin/roles/Supervisor/edit", new Dictionary<string, string>()
            .WithPermissions(KernelPermissions.AccessAdmin, KernelPermissions.ManageUsers, KernelPermissions.ManageStaffRoles, KernelPermissions.ManageSensitiveSettings));
        Assert.Equal(HttpStatusCode.Forbidden, morePermissions.StatusCode);
        Assert.Contains("不能授予自己没有的权限", await morePermissions.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(KernelPermissions.ManageSensitiveSettings.Name, await shop.PermissionsOfAsync("Supervisor"));
    }

    [Fact]
    public async Task Someone_who_manages_accounts_but_not_staff_roles_cannot_make_anyone_a_manager()
    {
        await shop.EnsureRoleAsync("Helpdesk", KernelPermissions.AccessAdmin, KernelPermissions.ManageUsers);
        var key = await shop.EnrolAsync("helpdesk", "Helpdesk");
        var helpdesk = await shop.SignInWithTwoFactorAsync("helpdesk", key);
        await helpdesk.ConfirmSudoAsync(key);
        await shop.EnrolAsync("plain-member", StandardRoles.Customer);
        var member = await shop.UserIdAsync("plain-member");

        var promoted = await helpdesk.SubmitAsync($"/admin/users/{member}/edit", new Dictionary<string, string> { ["Email"] = "plain-member@example.com" }
            .WithRoles(StandardRoles.Customer, StandardRoles.ShopManager));
        Assert.Equal(HttpStatusCode.Forbidden, promoted.StatusCode);
        Assert.Equal([StandardRoles.Customer], await shop.RolesOfAsync("plain-member"));
        Assert.Equal(HttpStatusCode.Redirect, (await helpdesk.GetAsync("/admin/roles/Helpdesk/edit")).StatusCode);
    }

    [Fact]
    public async Task The_owner_grants_a_role_only_in_sudo_mode()
    {
        var key = await shop.EnrolAsync(StaffSudo.OwnerUserName, StandardRoles.Administrator);
        var owner = await shop.SignInWithTwoFactorAsync(StaffSudo.OwnerUserName, key);
        await shop.EnrolAsync("future-manager", StandardRoles.Customer);
        var id = await shop.UserIdAsync("future-manager");
        var form = new Dictionary<string, string> { ["Email"] = "future-manager@example.com" }.WithRoles(StandardRoles.Customer, StandardRoles.ShopManager);

        var asked = await owner.SubmitAsync($"/admin/users/{id}/edit", form);
        Assert.StartsWith(SudoConfirmation.Path, asked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal([StandardRoles.Customer], await shop.RolesOfAsync("future-manager"));

        // The confirm page only ever leads back into this shop.
        Assert.Equal("/admin", (await owner.ConfirmSudoAsync(key, "https://evil.example/admin")).Headers.Location!.OriginalString);
        var granted = await owner.SubmitAsync($"/admin/users/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains(StandardRoles.ShopManager, await shop.RolesOfAsync("future-manager"));
        Assert.Contains("sudo.confirm", await owner.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_cannot_change_where_mail_goes_without_sudo()
    {
        var key = await shop.EnrolAsync(StaffSudo.OwnerUserName, StandardRoles.Administrator);
        var owner = await shop.SignInWithTwoFactorAsync(StaffSudo.OwnerUserName, key);
        var recipe = new Dictionary<string, string>
        {
            ["json"] = """
                { "name": "mail-elsewhere", "displayName": "改邮件", "steps": [ { "name": "settings", "Smtp": { "host": "mail.by-recipe.example" } } ] }
                """,
        };

        Assert.StartsWith(SudoConfirmation.Path, (await owner.GetAsync("/admin/recipes")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var refused = await owner.SubmitAsync("/admin", recipe, "/admin/recipes/import");
        Assert.StartsWith(SudoConfirmation.Path, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("by-recipe", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);

        await owner.ConfirmSudoAsync(key);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync("/admin/recipes", recipe, "/admin/recipes/import")).StatusCode);
        Assert.Contains("mail.by-recipe.example", await shop.RawSettingsAsync("Smtp"), StringComparison.Ordinal);
    }

    private static string WrongCode(string key) => ((int.Parse(Totp.Now(key), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Check boxes as a browser posts them, indexed so MVC binds the list.</summary>
internal static class StaffForms
{
    public static Dictionary<string, string> WithRoles(this Dictionary<string, string> fields, params string[] roles)
    {
        for (var i = 0; i < roles.Length; i++)
        {
            fields[$"Roles[{i}]"] = roles[i];
        }

        return fields;
    }

    public static Dictionary<string, string> WithPermissions(this Dictionary<string, string> fields, params Permission[] permissions)
    {
        for (var i = 0; i < permissions.Length; i++)
        {
            fields[$"permissions[{i}]"] = permissions[i].Name;
        }

        return fields;
    }
}
