using System.Globalization;
using HuijinCardHub.Alerts.Domain;

namespace HuijinCardHub.Alerts.Models;

internal sealed record AlertListPage(
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Kinds,
    string? Kind,
    AlertStatus? Status,
    int Page,
    int PageCount,
    int Total)
{
    /// <summary>Whether the viewer may acknowledge and resolve (else the buttons are not shown).</summary>
    public bool CanManage { get; init; }

    public string Query(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Kind))
        {
            parts.Add("kind=" + Uri.EscapeDataString(Kind));
        }

        if (Status is { } status)
        {
            parts.Add("status=" + status);
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
