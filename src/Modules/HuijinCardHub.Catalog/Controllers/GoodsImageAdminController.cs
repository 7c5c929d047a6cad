using System.Globalization;
using HuijinCardHub.Catalog.Services.Images;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>
/// A goods' picture: upload (checked by content, size and pixels, stored anew as WebP) and removal, from the goods'
/// edit page. A refused picture is explained on that page and the goods keeps the picture it had.
/// </summary>
[RequirePermission("ManageCatalog")]
[Route("admin/catalog/goods/{id:long}/image")]
public sealed class GoodsImageAdminController : CatalogAdminBase
{

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    // Above the picture limit, so an oversize picture still reaches the action and gets a clear message.
    [RequestSizeLimit(4 * GoodsImageLimits.MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = 4 * GoodsImageLimits.MaxBytes)]
    public async Task<IActionResult> Upload(long id, IFormFile? image, CancellationToken cancellationToken)
    {
        Bilingual? problem;
        if (image is null || image.Length == 0)
        {
            problem = GoodsImageProblems.Missing;
        }
        else if (image.Length > GoodsImageLimits.MaxBytes)
        {
            problem = GoodsImageProblems.TooLarge;
        }
        else
        {
            using var buffer = new MemoryStream((int)image.Length);
            await image.CopyToAsync(buffer, cancellationToken);
            problem = await Images.UploadAsync(id, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        }

        if (problem is null)
        {
            await AuditAsync("catalog.goods.image", Target(id), cancellationToken);
            TempData["Notice"] = new Bilingual("商品图片已更新", "The goods picture was updated").ToString();
        }
        else
        {
            TempData["Error"] = new Bilingual($"图片未上传：{problem.Chinese}", $"The picture was not uploaded: {problem.English}").ToString();
        }

        return Redirect($"~/admin/catalog/goods/{id}");
    }

    [HttpPost("remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(long id, CancellationToken cancellationToken)
    {
        if (await Images.SetAsync(id, null, cancellationToken))
        {
            await AuditAsync("catalog.goods.image.remove", Target(id), cancellationToken);
            TempData["Notice"] = new Bilingual("商品图片已移除", "The goods picture was removed").ToString();
        }

        return Redirect($"~/admin/catalog/goods/{id}");
    }

    private static string Target(long id) => id.ToString(CultureInfo.InvariantCulture);

    // Looked up like the module's other admin controllers do, until they all take constructor injection together.
    private GoodsImageAssignment Images => Service<GoodsImageAssignment>();
}
