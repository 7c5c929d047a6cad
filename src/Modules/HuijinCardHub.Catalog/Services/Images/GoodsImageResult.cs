using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>Either the WebP bytes to store, or why the picture was refused.</summary>
internal sealed record GoodsImageResult(byte[]? Webp, Bilingual? Problem)
{
    public static GoodsImageResult Encoded(byte[] webp) => new(webp, null);

    public static GoodsImageResult Refused(Bilingual problem) => new(null, problem);
}
