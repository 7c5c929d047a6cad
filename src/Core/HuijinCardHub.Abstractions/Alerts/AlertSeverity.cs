using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}
