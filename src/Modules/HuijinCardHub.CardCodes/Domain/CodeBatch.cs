namespace HuijinCardHub.CardCodes.Domain;

/// <summary>One import: what the codes cost and what came of the file.</summary>
internal sealed class CodeBatch
{
    public long Id { get; set; }

    public long GoodsId { get; set; }

    public long? VariantId { get; set; }

    /// <summary>Cost of one code, in fen.</summary>
    public long CostFen { get; set; }

    public string? Note { get; set; }

    public long LineCount { get; set; }

    public long AcceptedCount { get; set; }

    public long DuplicateCount { get; set; }

    public long InvalidCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
