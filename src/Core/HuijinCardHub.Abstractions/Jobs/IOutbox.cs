namespace HuijinCardHub.Jobs;
/// <summary>
/// Durable side effects. A message is written in the same transaction as the state change that
/// caused it and handled later by a worker with retries and backoff; on several nodes sharing one
/// database each message is handled once.
/// </summary>
public interface IOutbox
{
    /// <param name="topic">Names the <see cref="IOutboxHandler"/> that handles it.</param>
    /// <param name="payload">Serialized as JSON.</param>
    /// <param name="notBefore">A delayed job: not handled before this UTC time.</param>
    /// <returns>The message's id, for <see cref="CompleteAsync"/>.</returns>
    Task<long> EnqueueAsync(string topic, object payload, DateTime? notBefore = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The message's work was done in line (a delivery right after the payment), in the caller's transaction: the
    /// message is marked done so no worker repeats it. False when a worker holds it or finished it already: handlers
    /// stay idempotent, this only saves the repeat.
    /// </summary>
    Task<bool> CompleteAsync(long messageId, CancellationToken cancellationToken = default);
}
