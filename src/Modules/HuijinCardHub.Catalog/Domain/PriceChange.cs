namespace HuijinCardHub.Catalog.Domain;

/// <summary>One change of a variant's list price; written for every admin edit, recipe and dynamic rule.</summary>
internal sealed class PriceChange
{
    public long Id { get; set; }

    public long VariantId { get; set; }

    public long OldFen { get; set; }

    public long NewFen { get; set; }

    public required string Reason { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedUtc { get; set; }
}
