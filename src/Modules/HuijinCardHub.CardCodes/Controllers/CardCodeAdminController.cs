using System.Globalization;
using System.Text;
using HuijinCardHub.Admin;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.CardCodes.Models;
using HuijinCardHub.CardCodes.Services;
using HuijinCardHub.Catalog;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.CardCodes.Controllers;

/// <summary>Card-code stock in the admin: stock per goods, masked list, import, reveal, export, void. Reveal and export need sudo mode.</summary>
[RequirePermission("ManageCardCodes")]
[Route("admin/card-codes")]
internal sealed class CardCodeAdminController(
    CodeStockBrowser browser, CodeStock codeStock, ICodeStock stock, CodeVault vault, IPermissionChecker permissions, IAdminDesk desk) : Controller
{
    private const long MaxUploadBytes = 256L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(long? goodsId, long? variantId, int? status, int page = 1, CancellationToken cancellationToken = default)
    {
        var wanted = status is >= 0 and <= 3 ? (CodeStatus?)status : null;
        var canReveal = await permissions.HasAsync(User, Permissions.RevealCardCodes);
        var samples = await codeStock.CountSamplesAsync(cancellationToken);
        if (goodsId is not > 0)
        {
            return View(new CodeStockIndexModel(await browser.SummaryAsync(cancellationToken), null, null, null, null, [], canReveal, samples));
        }

        var variant = variantId is > 0 ? variantId : null;
        var codes = await browser.PageAsync(goodsId.Value, variant, wanted, page, cancellationToken);
        var batches = await browser.BatchesAsync(goodsId.Value, cancellationToken);
        return View(new CodeStockIndexModel([], goodsId, variant, wanted, codes, batches, canReveal, samples));
    }

    [HttpGet("import")]
    public IActionResult Import(long? goodsId, long? variantId) =>
        View(new CodeImportModel(new CodeImportForm { GoodsId = goodsId, VariantId = variantId, Cost = "0.00" }, [], null));

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes, ValueLengthLimit = 32 * 1024 * 1024)]
    public async Task<IActionResult> Import(CodeImportForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<string>();
        if (form.GoodsId is not > 0)
        {
            errors.Add(new Bilingual("请填写商品编号", "Enter the goods id").ToString());
        }

        if (!Money.TryParseYuan(string.IsNullOrWhiteSpace(form.Cost) ? "0" : form.Cost, out var cost) || cost.IsNegative)
        {
            errors.Add(new Bilingual("成本须为不小于 0 的金额，最多两位小数", "The cost must be an amount of at least 0 with at most two decimals").ToString());
        }

        var hasFile = form.File is { Length: > 0 };
        if (!hasFile && string.IsNullOrWhiteSpace(form.Codes))
        {
            errors.Add(new Bilingual("请粘贴卡密或选择文件", "Paste codes or choose a file").ToString());
        }

        if (hasFile && !IsTextFile(form.File!.FileName))
        {
            errors.Add(new Bilingual("只支持 .txt 或 .csv 文件", "Only .txt or .csv files are accepted").ToString());
        }

        if (errors.Count > 0)
        {
            return View(new CodeImportModel(form, errors, null));
        }

        var batch = new CodeBatchInfo(cost, form.Note, desk.Actor);
        var variant = form.VariantId is > 0 ? form.VariantId : null;
        try
        {
            CodeImportReport report;
            if (hasFile)
            {
                await using var file = form.File!.OpenReadStream();
                report = await stock.ImportAsync(form.GoodsId!.Value, variant, file, batch, cancellationToken);
            }
            else
            {
                using var lines = new StringReader(form.Codes!);
                report = await stock.ImportAsync(form.GoodsId!.Value, variant, lines, batch, cancellationToken);
            }

            await AuditAsync("cardcodes.import", Target(form.GoodsId!.Value, variant),
                $"batch {report.BatchId}: {report.Accepted} accepted, {report.Duplicates} duplicate, {report.Invalid} invalid", cancellationToken);
            return View(new CodeImportModel(new CodeImportForm { GoodsId = form.GoodsId, VariantId = variant, Cost = form.Cost }, [], report));
        }
        catch (ShopException exception)
        {
            return View(new CodeImportModel(form, [exception.Localized], null));
        }
    }

    [HttpPost("{id:long}/reveal")]
    [ValidateAntiForgeryToken]
    [RequirePermission("RevealCardCodes")]
    [RequireSudo]
    public async Task<IActionResult> Reveal(long id, CancellationToken cancellationToken)
    {
        var code = await vault.RevealAsync(id, cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        await AuditAsync("cardcodes.reveal", id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var goodsId = long.TryParse(Request.Form["goodsId"], CultureInfo.InvariantCulture, out var g) ? g : 0;
        return View(new CodeRevealModel(goodsId, code));
    }

    [HttpPost("export")]
    [ValidateAntiForgeryToken]
    [RequirePermission("RevealCardCodes")]
    [RequireSudo]
    public async Task<IActionResult> Export(long goodsId, long? variantId, CancellationToken cancellationToken)
    {
        if (goodsId <= 0)
        {
            return BadRequest();
        }

        var variant = variantId is > 0 ? variantId : null;
        var available = await stock.CountAvailableAsync(goodsId, variant, cancellationToken);
        await AuditAsync("cardcodes.export", Target(goodsId, variant), $"{available} codes", cancellationToken);

        // Streamed to the response as it is decrypted: an export of a million codes is never held in memory.
        Response.ContentType = "text/plain; charset=utf-8";
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = $"attachment; filename=card-codes-{goodsId}{(variant is null ? "" : "-" + variant)}.txt";
        await using (var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        {
            await vault.ExportAvailableAsync(goodsId, variant, writer, cancellationToken);
        }

        return new EmptyResult();
    }

    [HttpPost("void")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Void(long goodsId, long[] ids, CancellationToken cancellationToken)
    {
        var count = await stock.VoidAsync(ids ?? [], cancellationToken);
        if (count > 0)
        {
            await AuditAsync("cardcodes.void", goodsId.ToString(CultureInfo.InvariantCulture), string.Join(',', ids!.Take(200)), cancellationToken);
        }

        desk.Notice(new Bilingual($"已作废 {count} 个卡密（已预留或已售出的不会作废）", $"{count} codes voided (reserved or sold codes are left alone)"));
        return Redirect($"~/admin/card-codes?goodsId={goodsId}");
    }

    /// <summary>A shop template's sample codes, once the merchant stocks real ones: gone for good, in one click.</summary>
    [HttpPost("void-samples")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> VoidSamples(CancellationToken cancellationToken)
    {
        var count = await codeStock.VoidSamplesAsync(cancellationToken);
        await AuditAsync("cardcodes.void-samples", "samples", $"{count} sample codes voided", cancellationToken);
        desk.Notice(new Bilingual($"已作废 {count} 个样例卡密（已预留或已售出的不会作废）", $"{count} sample codes voided (reserved or sold ones are left alone)"));
        return Redirect("~/admin/card-codes");
    }

    private static bool IsTextFile(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static string Target(long goodsId, long? variantId) =>
        variantId is null ? $"goods {goodsId}" : $"goods {goodsId} variant {variantId}";

    private Task AuditAsync(string action, string target, string? detail, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, target, detail, cancellationToken);
}
