using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace HuijinCardHub.Admin.Desk;

/// <summary>
/// Notices go to the request's TempData under the keys the admin layout shows (_AdminNotices), so they survive the
/// redirect after a form; the audit entry names the same user the page greets.
/// </summary>
internal sealed class AdminDesk(IHttpContextAccessor http, ITempDataDictionaryFactory tempData, IAuditLog audit) : IAdminDesk
{
    public const string NoticeKey = "Notice";
    public const string ErrorKey = "Error";

    public string Actor => Request.User.Identity?.Name is { Length: > 0 } name ? name : "admin";

    public void Notice(Bilingual message) => tempData.GetTempData(Request)[NoticeKey] = message.ToString();

    public void Error(Bilingual message) => tempData.GetTempData(Request)[ErrorKey] = message.ToString();

    public Task AuditAsync(string action, string target, string? detail = null, CancellationToken cancellationToken = default) =>
        audit.WriteAsync(action, target, detail, cancellationToken);

    private HttpContext Request => http.HttpContext ?? throw new InvalidOperationException("The admin desk serves requests only.");
}
