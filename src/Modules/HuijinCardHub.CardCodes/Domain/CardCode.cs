namespace HuijinCardHub.CardCodes.Domain;

/// <summary>One code in stock. The code itself exists only as ciphertext and a keyed hash.</summary>
internal sealed class CardCode
{
    public long Id { get; set; }

    public long GoodsId { get; set; }

    public long? VariantId { get; set; }

    public long BatchId { get; set; }

    public CodeStatus Status { get; set; }

    public string? OrderId { get; set; }

    /// <summary>Nonce (12 bytes), ciphertext and tag (16 bytes) of AES-256-GCM.</summary>
    public byte[] CipherText { get; set; } = [];

    /// <summary>HMAC-SHA256 of the normalized code: unique per goods, so a code is never stocked twice.</summary>
    public byte[] KeyedHash { get; set; } = [];

    public string MaskedPreview { get; set; } = "";

    /// <summary>Imported by a shop template to try the shop out: a live shop never reserves it (see <see cref="Services.SampleSales"/>).</summary>
    public bool IsSample { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReservedUtc { get; set; }

    public DateTime? SoldUtc { get; set; }
}
