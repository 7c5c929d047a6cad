using System.ComponentModel.DataAnnotations;

namespace HuijinCardHub.Alerts.Domain;

/// <summary>The lowest severity a channel sends; the admin settings form shows these names.</summary>
internal enum NoticeLevel
{
    [Display(Name = "提示及以上")]
    Info = AlertSeverity.Info,

    [Display(Name = "警告及以上")]
    Warning = AlertSeverity.Warning,

    [Display(Name = "仅严重")]
    Critical = AlertSeverity.Critical,
}
