using HuijinCardHub.Admin.Services.Audit;

namespace HuijinCardHub.Admin.Models;

internal sealed record AuditListModel(AuditPage Page, string? User, string? Action, IReadOnlyList<string> Actions)
{
    /// <summary>The list's URL for another page with the same filters.</summary>
    public string PageQuery(int page) =>
        "?page=" + page
        + (string.IsNullOrEmpty(User) ? "" : "&user=" + Uri.EscapeDataString(User))
        + (string.IsNullOrEmpty(Action) ? "" : "&action=" + Uri.EscapeDataString(Action));
}
