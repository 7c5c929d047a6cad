using HuijinCardHub.Time;

namespace HuijinCardHub.Kernel.Events;

internal sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
