namespace HuijinCardHub.Alerts.Channels;

/// <summary>
/// The outbox treats OperationCanceledException as shutdown and stops; a channel that timed out must
/// instead fail the message, so it is retried.
/// </summary>
internal static class ChannelTimeout
{
    public static async Task GuardAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await send(cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The alert channel did not answer in time", ex);
        }
    }
}
