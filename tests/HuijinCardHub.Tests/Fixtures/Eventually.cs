namespace HuijinCardHub.Tests.Fixtures;

/// <summary>Waits for work done after the answer (the outbox) the way a person refreshes their inbox.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int seconds = 20)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"waited {seconds}s for {what}");
            await Task.Delay(100);
        }
    }
}
