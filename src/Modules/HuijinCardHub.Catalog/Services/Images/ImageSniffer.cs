namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>
/// Tells a picture by its first bytes, never by its name or the browser's content type: a renamed HTML or SVG file
/// ("logo.png" holding a script) is refused before any decoder sees it.
/// </summary>
internal static class ImageSniffer
{
    public static bool IsAllowedPicture(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));
}
