using System.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Picks the encoding of an uploaded file: a BOM wins; otherwise UTF-8 when every byte is valid UTF-8,
/// else GB18030 (a superset of GBK, what Chinese Windows tools save). Checked in a streamed pass.
/// </summary>
internal static class ImportDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    /// <summary>Returns a reader over the file; a stream that cannot seek is first spooled to a temp file.</summary>
    public static async Task<TextReader> OpenAsync(Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stream = file;
        if (!file.CanSeek)
        {
            stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await file.CopyToAsync(stream, cancellationToken);
        }

        var start = file.CanSeek ? file.Position : 0;
        stream.Position = start;
        var encoding = await HasByteOrderMarkAsync(stream, cancellationToken) || await IsUtf8Async(stream, cancellationToken)
            ? (Encoding)new UTF8Encoding(false)
            : Gb18030.Value;
        stream.Position = start;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: ReferenceEquals(stream, file));
    }

    private static async Task<bool> HasByteOrderMarkAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[3];
        var read = await stream.ReadAtLeastAsync(head, 3, throwOnEndOfStream: false, cancellationToken);
        stream.Position -= read;
        return (read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
            || (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)));
    }

    private static async Task<bool> IsUtf8Async(Stream stream, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                decoder.GetCharCount(buffer, 0, read, flush: false);
            }

            decoder.GetCharCount([], 0, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
