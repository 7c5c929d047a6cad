using System.Text.Json;
using HuijinCardHub.Jobs;
using HuijinCardHub.Messaging;
using HuijinCardHub.Shells;
using Microsoft.AspNetCore.DataProtection;

namespace HuijinCardHub.Users.Services;

/// <summary>A mail to send later, off the request: what it says is sealed, since it may carry a reset link.</summary>
internal sealed record QueuedMail(string? Sealed);

internal sealed record MailContent(string To, string Subject, string HtmlBody);

/// <summary>
/// Sends account mail on the outbox instead of in the request, so how long a request takes never tells whether an
/// address has an account (SMTP is slow). An unknown address queues a message that sends nothing: the same work.
/// </summary>
internal sealed class MailQueue(IOutbox outbox, IDataProtectionProvider protection, ShellInfo shell)
{
    public const string Topic = "users.mail";

    public Task QueueAsync(MailContent? mail, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.Serialize(mail ?? new MailContent("", "", ""));
        var sealedContent = Protector(protection, shell).Protect(content);
        return outbox.EnqueueAsync(Topic, new QueuedMail(mail is null ? null : sealedContent), cancellationToken: cancellationToken);
    }

    public static IDataProtector Protector(IDataProtectionProvider protection, ShellInfo shell) =>
        protection.CreateProtector("HuijinCardHub.Users.QueuedMail", shell.Name);
}

internal sealed class QueuedMailHandler(IEmailSender email, IDataProtectionProvider protection, ShellInfo shell) : IOutboxHandler
{
    public string Topic => MailQueue.Topic;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queued = JsonSerializer.Deserialize<QueuedMail>(message.PayloadJson);
        if (queued?.Sealed is null)
        {
            return;
        }

        var mail = JsonSerializer.Deserialize<MailContent>(MailQueue.Protector(protection, shell).Unprotect(queued.Sealed))!;
        await email.SendAsync(mail.To, mail.Subject, mail.HtmlBody, cancellationToken);
    }
}
