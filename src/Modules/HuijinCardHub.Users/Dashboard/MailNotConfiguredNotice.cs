using System.Security.Claims;
using HuijinCardHub.Admin;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Domain;
using HuijinCardHub.Users.Services;
using Microsoft.Extensions.Hosting;

namespace HuijinCardHub.Users.Dashboard;

/// <summary>
/// Warns on the dashboard while no SMTP server is set: outside Development and Testing the shop then sends no mail at
/// all, neither codes to buyers nor password resets.
/// </summary>
internal sealed class MailNotConfiguredNotice(ISettingsStore settings, IHostEnvironment environment) : IDashboardWidget
{
    public int Order => -900;

    public async Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        var smtp = await settings.GetAsync<SmtpSettings>(cancellationToken);
        if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            return null;
        }

        var text = MailPickup.IsAllowed(environment)
            ? new Bilingual(
                "邮件发送尚未配置：当前为开发/测试环境，邮件只写入本店的本地文件夹，不会真正发出。",
                "Outgoing mail is not configured: in this development or test environment mail is only written to the shop's local folder, never sent.")
            : new Bilingual(
                "邮件发送尚未配置：本店不会发出任何邮件，买家收不到卡密邮件，找回密码的邮件也无法送达。请由店主配置发信服务器。",
                "Outgoing mail is not configured: the shop sends no mail at all, so buyers get no codes by e-mail and password resets cannot arrive. The owner should set up the mail server.");
        return new DashboardCard("~/Views/Dashboard/DashboardNotice.cshtml",
            new DashboardNotice("mail-not-configured", text, new Bilingual("配置邮件发送", "Set up outgoing mail"), "/admin/settings/Smtp"));
    }
}
