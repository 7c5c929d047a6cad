using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>What every admin page of this module does the same way: notices across a redirect, internal services.</summary>
public abstract class AdminControllerBase : Controller
{
    public const string NoticeKey = "Notice";
    public const string ErrorKey = "Error";

    /// <summary>Internal services cannot be constructor parameters of a public controller.</summary>
    private protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected void Notice(Bilingual message) => TempData[NoticeKey] = message.ToString();

    private protected void Error(Bilingual message) => TempData[ErrorKey] = message.ToString();

    private protected void Error(ShopException exception) => TempData[ErrorKey] = exception.Localized;
}
