namespace HuijinCardHub.Messaging;

/// <summary>Sends an e-mail to a person (password reset, order notices). The Users module provides it.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}
