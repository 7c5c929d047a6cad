using System.Globalization;

namespace HuijinCardHub.Orders.Models;

/// <summary>
/// The order list's filters as they come in the query string; shared by the list and the CSV export so both
/// always cover the same orders. Public because MVC binds it into a public controller action.
/// </summary>
public sealed class OrderFilter
{
    public const int MaxQueryLength = 100;

    /// <summary>An <see cref="OrderStatus"/> name ("Delivering"), or empty for all.</summary>
    public string? Status { get; set; }

    /// <summary>First day, China time, "yyyy-MM-dd".</summary>
    public string? From { get; set; }

    /// <summary>Last day (included), China time, "yyyy-MM-dd".</summary>
    public string? To { get; set; }

    /// <summary>Order number, contact, member name or goods name.</summary>
    public string? Q { get; set; }

    public int Page { get; set; } = 1;

    public OrderStatus? StatusValue =>
        Enum.TryParse<OrderStatus>(Status, ignoreCase: false, out var status) && Enum.IsDefined(status) ? status : null;

    public string? Search
    {
        get
        {
            var text = Q?.Trim();
            return string.IsNullOrEmpty(text) ? null : text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        }
    }

    /// <summary>The query string for these filters at another page ("?status=Paid&amp;page=2"), or "" for none.</summary>
    public string Query(int page)
    {
        var parts = new List<string>();
        Add(parts, "status", StatusValue?.ToString());
        Add(parts, "from", From);
        Add(parts, "to", To);
        Add(parts, "q", Search);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }
    }
}
