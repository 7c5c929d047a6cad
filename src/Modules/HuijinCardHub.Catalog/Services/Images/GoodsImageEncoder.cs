using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>
/// Checks an uploaded picture and draws it anew as a 640×480 WebP without metadata: what the shop serves is always
/// pixels it encoded itself, never the uploaded bytes (no hidden payload, no EXIF location, no second format).
/// </summary>
internal static class GoodsImageEncoder
{
    // Only the four formats a goods picture may have; ImageSharp's default set also reads BMP, TGA, TIFF and PBM.
    private static readonly Configuration Formats = new(
        new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule());

    private static readonly WebpEncoder Webp = new() { FileFormat = WebpFileFormatType.Lossy, Quality = GoodsImageLimits.WebpQuality };

    public static GoodsImageResult Encode(ReadOnlyMemory<byte> upload)
    {
        if (upload.Length == 0)
        {
            return GoodsImageResult.Refused(GoodsImageProblems.Missing);
        }

        if (upload.Length > GoodsImageLimits.MaxBytes)
        {
            return GoodsImageResult.Refused(GoodsImageProblems.TooLarge);
        }

        if (!ImageSniffer.IsAllowedPicture(upload.Span[..Math.Min(16, upload.Length)]))
        {
            return GoodsImageResult.Refused(GoodsImageProblems.NotAPicture);
        }

        try
        {
            using var stream = new MemoryStream(upload.ToArray(), writable: false);
            var info = Image.Identify(Formats, stream);
            if (info is null)
            {
                return GoodsImageResult.Refused(GoodsImageProblems.NotAPicture);
            }

            if (info.Width > GoodsImageLimits.MaxSide || info.Height > GoodsImageLimits.MaxSide)
            {
                return GoodsImageResult.Refused(GoodsImageProblems.TooManyPixels);
            }

            stream.Position = 0;
            using var image = Image.Load<Rgba32>(Formats, stream);
            while (image.Frames.Count > 1)
            {
                image.Frames.RemoveFrame(1);
            }

            image.Mutate(x => x.AutoOrient().Resize(new ResizeOptions
            {
                Size = new Size(GoodsImageLimits.Width, GoodsImageLimits.Height),
                Mode = ResizeMode.Pad,
                PadColor = Color.Transparent,
            }));
            image.Metadata.ExifProfile = null;
            image.Metadata.IccProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;
            using var output = new MemoryStream();
            image.SaveAsWebp(output, Webp);
            return GoodsImageResult.Encoded(output.ToArray());
        }
        catch (Exception ex) when (ex is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return GoodsImageResult.Refused(GoodsImageProblems.Damaged);
        }
    }
}
