using System.Globalization;
using HuijinCardHub.Admin;
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
internal sealed class GoodsImageAdminController(GoodsImageAssignment images, IAdminDesk desk) : Controller
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
            problem = await images.UploadAsync(id, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        }

        if (problem is null)
        {
            await desk.AuditAsync("catalog.goods.image", Target(id), null, cancellationToken);
            desk.Notice(new Bilingual("商品图片已更新", "The goods picture was updated"));
        }
        else
        {
            desk.Error(new Bilingual($"图片未上传：{problem.Chinese}", $"The picture was not uploaded: {problem.English}"));
        }

        return Redirect($"~/admin/catalog/goods/{id}");
    }

    [HttpPost("remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(long id, CancellationToken cancellationToken)
    {
        if (await images.SetAsync(id, null, cancellationToken))
        {
            await desk.AuditAsync("catalog.goods.image.remove", Target(id), null, cancellationToken);
            desk.Notice(new Bilingual("商品图片已移除", "The goods picture was removed"));
        }

        return Redirect($"~/admin/catalog/goods/{id}");
    }

    private static string Target(long id) => id.ToString(CultureInfo.InvariantCulture);
}
