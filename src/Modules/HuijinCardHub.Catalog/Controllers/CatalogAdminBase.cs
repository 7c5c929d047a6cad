using HuijinCardHub.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>What the catalogue's admin controllers share: services from the shell, the audit log, who is acting.</summary>
public abstract class CatalogAdminBase : Controller
{
    private protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected string Actor => User.Identity?.Name ?? "admin";

    private protected Task AuditAsync(string action, string target, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService<IAuditLog>()?.WriteAsync(action, target, null, cancellationToken) ?? Task.CompletedTask;
}
