namespace HuijinCardHub.CardCodes.Domain;

/// <summary>The shop's master secret for codes, protected by the data-protection key ring; never stored in clear.</summary>
internal sealed class CodeKey
{
    public long Id { get; set; }

    public byte[] Protected { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}
