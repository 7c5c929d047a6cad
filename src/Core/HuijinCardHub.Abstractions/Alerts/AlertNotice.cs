using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

/// <param name="Kind">One of <see cref="AlertKinds"/> (or a module's own).</param>
/// <param name="Reference">What it is about: an order number, a goods id ("goods:12")... Alerts with the same kind
/// and reference that are still open are merged into one, counting repeats.</param>
public sealed record AlertNotice(string Kind, AlertSeverity Severity, Bilingual Title, string? Detail = null, string? Reference = null);
