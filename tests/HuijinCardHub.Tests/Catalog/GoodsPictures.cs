using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HuijinCardHub.Tests.Fixtures;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>Pictures a manager might pick, and the upload form as a browser sends it.</summary>
internal static partial class GoodsPictures
{
    public static byte[] Png(int width = 200, int height = 150) => Encode(width, height, static (image, stream) => image.SaveAsPng(stream));

    public static byte[] Jpeg(int width = 300, int height = 300) => Encode(width, height, static (image, stream) => image.SaveAsJpeg(stream));

    /// <summary>A real PNG over 2 MB: noise does not compress.</summary>
    public static byte[] NoisyPng()
    {
        var random = new Random(11);
        using var image = new Image<Rgba32>(1000, 800);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 255);
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient browser, long goodsId, byte[] bytes, string fileName, string contentType)
    {
        var id = goodsId.ToString(CultureInfo.InvariantCulture);
        var page = await browser.GetStringAsync($"/admin/catalog/goods/{id}");
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "the goods page has no antiforgery token");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "image", fileName);
        return await browser.PostAsync($"/admin/catalog/goods/{id}/image", form);
    }

    /// <summary>The page a redirect leads to, as the browser shows it next.</summary>
    public static async Task<string> FollowAsync(this HttpClient browser, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await browser.GetStringAsync(redirect.Headers.Location);
    }

    public static IReadOnlyList<string> PictureUrls(string html) =>
        PicturePattern().Matches(html).Select(m => m.Value).Distinct().ToList();

    private static byte[] Encode(int width, int height, Action<Image<Rgba32>, Stream> save)
    {
        using var image = new Image<Rgba32>(width, height, Color.Teal);
        using var stream = new MemoryStream();
        save(image, stream);
        return stream.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/media/goods/[0-9a-f]{32}\\.webp")]
    private static partial Regex PicturePattern();
}
