namespace HuijinCardHub.CardCodes;

/// <summary>
/// The card-code stock of goods (and their variants): import, count, reserve for an order, sell, release.
/// Codes are encrypted at rest; only <see cref="MarkSoldAsync"/> and <see cref="RevealForOrderAsync"/> return them in clear.
/// </summary>
public interface ICodeStock
{
    /// <summary>
    /// Imports codes line by line (one code, or card number and password split by "----", tab, comma or space),
    /// skipping invalid lines and codes already stored for the goods. Never throws for a bad line.
    /// </summary>
    Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo batch, CancellationToken cancellationToken = default);

    /// <summary>Same as the TextReader overload; decodes UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030.</summary>
    Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, Stream file, CodeBatchInfo batch, CancellationToken cancellationToken = default);

    /// <summary>Codes that can be sold now: unsold, unreserved, not void.</summary>
    Task<int> CountAvailableAsync(long goodsId, long? variantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reserves exactly <paramref name="quantity"/> codes for the order, or none: throws a ShopException
    /// ("库存不足" / "Out of stock") when there are not enough. Joins the scope's unit of work when one is open.
    /// </summary>
    Task<IReadOnlyList<ReservedCode>> ReserveAsync(long goodsId, long? variantId, int quantity, string orderId, CancellationToken cancellationToken = default);

    /// <summary>Gives the order's reserved (not sold) codes back to stock; returns how many.</summary>
    Task<int> ReleaseAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the order's reserved codes sold and returns every code sold to the order. Idempotent: a second
    /// call returns the same codes, never new ones.
    /// </summary>
    Task<IReadOnlyList<DeliveredCode>> MarkSoldAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the order's reserved codes sold, like <see cref="MarkSoldAsync"/>, but decrypts nothing: returns how many
    /// codes the order holds sold now. For the delivery, which only needs to know that the line is complete.
    /// </summary>
    Task<int> SellReservedAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The codes sold to the order, decrypted. The caller checks the buyer's right to see them.</summary>
    Task<IReadOnlyList<DeliveredCode>> RevealForOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Voids unsold, unreserved codes; codes in an order are left alone. Returns how many were voided.</summary>
    Task<int> VoidAsync(IEnumerable<long> codeIds, CancellationToken cancellationToken = default);
}
