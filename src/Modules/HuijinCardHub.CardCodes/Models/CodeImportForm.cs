using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.CardCodes.Models;

/// <summary>The import form as posted: pasted lines or an uploaded .txt/.csv; public because MVC binds it.</summary>
public sealed class CodeImportForm
{
    public long? GoodsId { get; set; }

    public long? VariantId { get; set; }

    /// <summary>Cost of one code in yuan, e.g. "1.50".</summary>
    public string? Cost { get; set; }

    public string? Note { get; set; }

    public string? Codes { get; set; }

    public IFormFile? File { get; set; }
}
