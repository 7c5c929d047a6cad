using System.Text.Unicode;
using HuijinCardHub.Theming.Liquid;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// A rendered storefront page sent as UTF-8 straight from its pooled buffer into the response, a few KB at a
/// time, then the buffer goes back to the pool. Results.Content would need the page as one string first.
/// </summary>
internal sealed class RenderedPageResult(PageBuffer page, string contentType) : IResult
{
    private const int ChunkBytes = 4096;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using (page)
        {
            var response = httpContext.Response;
            response.ContentType = contentType;
            response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(page.Written);
            Encode(response);
            await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
    }

    private void Encode(HttpResponse response)
    {
        var writer = response.BodyWriter;
        var rest = page.Written;
        while (!rest.IsEmpty)
        {
            // Each chunk stops before a character whose bytes would not fit whole; that character starts the next one.
            Utf8.FromUtf16(rest, writer.GetSpan(ChunkBytes), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            writer.Advance(written);
            rest = rest[read..];
        }
    }
}
