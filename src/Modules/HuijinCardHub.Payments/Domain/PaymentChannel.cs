using HuijinCardHub.Text;

namespace HuijinCardHub.Payments.Domain;

/// <summary>A provider and one of its methods, offered on one site, with its place, fee and limits.</summary>
internal sealed class PaymentChannel
{
    public long Id { get; set; }

    /// <summary>The site offering it; null for the main site.</summary>
    public long? SiteId { get; set; }

    public string Provider { get; set; } = "";

    public string Method { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public bool Enabled { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>A fixed fee per payment, in fen.</summary>
    public long FeeFixedFen { get; set; }

    /// <summary>A fee in hundredths of a percent of the amount (60 = 0.60%), rounded up to the fen.</summary>
    public int FeeRateBasisPoints { get; set; }

    /// <summary>The smallest amount the channel takes, in fen; 0 for none.</summary>
    public long MinFen { get; set; }

    /// <summary>The largest amount the channel takes, in fen; 0 for no limit.</summary>
    public long MaxFen { get; set; }

    public Bilingual Name => new(NameZh, NameEn);
}
