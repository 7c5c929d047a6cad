using HuijinCardHub.Settings;

namespace HuijinCardHub.Users.Domain;

/// <summary>
/// Outgoing mail. Without a host, Development and Testing write .eml files into the tenant's pickup folder and any other
/// environment sends no mail at all (the dashboard warns). Owner-only and sudo-guarded: whoever controls mail can reset
/// the owner's password.
/// </summary>
[SettingsSection("Smtp", Title = "邮件发送 / Outgoing mail", Permission = "ManageSensitiveSettings")]
internal sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    [Secret]
    public string? Password { get; set; }
    public string? From { get; set; }
    public bool EnableSsl { get; set; } = true;
}
