using HuijinCardHub.Messaging;
using HuijinCardHub.Settings;
using HuijinCardHub.Shells;
using HuijinCardHub.Users.Domain;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// Sends through SMTP when a host is configured. Without one, Development and Testing drop an .eml file into the
/// tenant's own pickup folder (App_Data/Sites/&lt;tenant&gt;/Mail) so a developer or a test can read what would have been
/// sent; any other environment sends nothing and logs a warning: codes mails must never lie in clear on disk.
/// </summary>
internal sealed class ShopEmailSender(
    ISettingsStore settings,
    IConfiguration configuration,
    IHostEnvironment environment,
    ShellInfo shell,
    ILogger<ShopEmailSender> logger) : IEmailSender
{
    public const string PickupFolderName = "Mail";

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var smtp = await settings.GetAsync<SmtpSettings>(cancellationToken);
        if (string.IsNullOrWhiteSpace(smtp.Host) && !MailPickup.IsAllowed(environment))
        {
            logger.LogWarning("Shop {Tenant} has no SMTP server configured: an e-mail was not sent. Set the outgoing mail settings in the admin.", shell.Name);
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(smtp.From) ? "noreply@localhost" : smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlBody }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            await WriteToPickupAsync(message, cancellationToken);
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

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(TenantFolders.Of(configuration, environment, shell.Name), PickupFolderName);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        // Written under another name and renamed when complete: whatever watches the folder for *.eml (a relay,
        // a test) never opens a message half-written.
        var partial = file + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file);
    }
}

/// <summary>The pickup folder is a developer's and a test's tool only.</summary>
internal static class MailPickup
{
    public static bool IsAllowed(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
