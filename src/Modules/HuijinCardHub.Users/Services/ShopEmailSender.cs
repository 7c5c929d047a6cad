using HuijinCardHub.Messaging;
using HuijinCardHub.Settings;
using HuijinCardHub.Users.Domain;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// Sends through SMTP when a host is configured; otherwise drops an .eml file into the pickup directory,
/// so a fresh shop (and the tests) can read what would have been sent.
/// </summary>
internal sealed class ShopEmailSender(ISettingsStore settings, IConfiguration configuration) : IEmailSender
{
    /// <summary>Used when neither the Smtp settings nor configuration name a pickup directory.</summary>
    public const string PickupEnvironmentVariable = "HUIJIN_MAIL_PICKUP";

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var smtp = await settings.GetAsync<SmtpSettings>(cancellationToken);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(smtp.From) ? "noreply@localhost" : smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlBody }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            await WriteToPickupAsync(message, smtp, cancellationToken);
            return;
        }

        using var client = new MailKit.Net.Smtp.SmtpClient();
        var security = smtp.EnableSsl ? (smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.None;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    private async Task WriteToPickupAsync(MimeMessage message, SmtpSettings smtp, CancellationToken cancellationToken)
    {
        var directory = FirstSet(smtp.PickupDirectory, configuration["Smtp:PickupDirectory"], Environment.GetEnvironmentVariable(PickupEnvironmentVariable))
            ?? Path.GetFullPath(Path.Combine("App_Data", "Mail"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        // Written under another name and renamed when complete: whatever watches the folder for *.eml (a relay,
        // a test) never opens a message half-written.
        var partial = file + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file);
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
