namespace HuijinCardHub.Jobs;

public interface IOutboxHandler
{
    string Topic { get; }

    /// <summary>Handles one message. Throwing schedules a retry with backoff, up to <see cref="MaxAttempts"/>.</summary>
    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);

    int MaxAttempts => 8;
}
