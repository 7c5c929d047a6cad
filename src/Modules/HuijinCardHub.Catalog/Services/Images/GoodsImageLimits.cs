namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>What a goods picture may be, and the one shape every stored picture has.</summary>
internal static class GoodsImageLimits
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Checked from the header before decoding, so a tiny file claiming 60000×60000 pixels never fills memory.</summary>
    public const int MaxSide = 4096;

    /// <summary>Every stored picture is this size (4:3, padded, not cropped), so templates can give width and height.</summary>
    public const int Width = 640;

    public const int Height = 480;

    public const int WebpQuality = 80;
}
