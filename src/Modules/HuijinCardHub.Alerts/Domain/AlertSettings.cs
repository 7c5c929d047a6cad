using System.ComponentModel.DataAnnotations;
using HuijinCardHub.Net;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Alerts.Domain;

[SettingsSection("Alerts", Title = "告警通知 / Alert notices", Permission = "ManageSensitiveSettings")]
internal sealed class AlertSettings
{
    [Display(Name = "邮件通知", Description = "新告警（或级别升高）时发邮件，需启用用户模块的邮件发送")]
    public bool EmailEnabled { get; set; }

    [Display(Name = "收件人", Description = "一个或多个邮箱，用逗号、分号或换行分隔")]
    [EmailList(ErrorMessage = "「{0}」须是用逗号分隔的有效邮箱地址")]
    public string? EmailTo { get; set; }

    [Display(Name = "邮件最低级别")]
    public NoticeLevel EmailMinimumLevel { get; set; } = NoticeLevel.Warning;

    [Display(Name = "Webhook 通知", Description = "以 JSON POST 到下面的地址，X-Huijin-Signature 头为 HMAC-SHA256 签名")]
    public bool WebhookEnabled { get; set; }

    [Display(Name = "Webhook 地址")]
    [HttpUrl(ErrorMessage = "「{0}」须是以 http:// 或 https:// 开头的完整网址")]
    [OutboundAddress]
    public string? WebhookUrl { get; set; }

    [Display(Name = "Webhook 签名密钥", Description = "用于计算 sha256=<十六进制> 签名；未设置时不发送 Webhook")]
    [Secret]
    public string? WebhookSecret { get; set; }

    [Display(Name = "Webhook 最低级别")]
    public NoticeLevel WebhookMinimumLevel { get; set; } = NoticeLevel.Warning;

    public IReadOnlyList<string> EmailRecipients() => EmailListAttribute.Split(EmailTo);

    public bool SendsEmail(AlertSeverity severity) =>
        EmailEnabled && severity >= (AlertSeverity)EmailMinimumLevel && EmailRecipients().Count > 0;

    public bool SendsWebhook(AlertSeverity severity) =>
        WebhookEnabled && severity >= (AlertSeverity)WebhookMinimumLevel
        && HttpUrlAttribute.TryParse(WebhookUrl, out _) && !string.IsNullOrEmpty(WebhookSecret);
}
