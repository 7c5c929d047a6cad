using HuijinCardHub.Settings;

namespace HuijinCardHub.Users.Domain;

/// <summary>Outgoing mail. Without a host, messages are written as .eml files into the pickup directory.</summary>
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
    public string? PickupDirectory { get; set; }
}
