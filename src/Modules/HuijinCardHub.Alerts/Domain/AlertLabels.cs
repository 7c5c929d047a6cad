using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts.Domain;

/// <summary>Names of severities, statuses and the standard kinds, as a person reads them.</summary>
internal static class AlertLabels
{
    public static Bilingual Of(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => new Bilingual("严重", "Critical"),
        AlertSeverity.Warning => new Bilingual("警告", "Warning"),
        _ => new Bilingual("提示", "Info"),
    };

    public static Bilingual Of(AlertStatus status) => status switch
    {
        AlertStatus.Open => new Bilingual("待处理", "Open"),
        AlertStatus.Acknowledged => new Bilingual("已确认", "Acknowledged"),
        _ => new Bilingual("已解决", "Resolved"),
    };

    /// <summary>A module's own kind is shown as it is named.</summary>
    public static Bilingual Kind(string kind) => kind switch
    {
        AlertKinds.PaymentAnomaly => new Bilingual("支付异常", "Payment anomaly"),
        AlertKinds.PaymentFailed => new Bilingual("支付失败", "Payment failed"),
        AlertKinds.OutOfStockAtPayment => new Bilingual("付款时缺货", "Out of stock at payment"),
        AlertKinds.DeliveryFailed => new Bilingual("发货失败", "Delivery failed"),
        AlertKinds.LowStock => new Bilingual("库存不足", "Low stock"),
        AlertKinds.SupplierDown => new Bilingual("供货商不可用", "Supplier down"),
        _ => new Bilingual(kind, kind),
    };
}
