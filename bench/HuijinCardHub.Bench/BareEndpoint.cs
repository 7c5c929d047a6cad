using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Bench;

/// <summary>
/// The ceiling for the home page: plain Kestrel with one endpoint returning the very bytes the shop sent,
/// so the ratio says what the kernel, the shell pipeline and the Liquid theme cost on top of Kestrel.
/// </summary>
internal static class BareEndpoint
{
    public static async Task<WebApplication> StartAsync(byte[] body, string contentType, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{BenchHost.FreePort()}");
        var app = builder.Build();
        app.MapGet("/", () => Results.Bytes(body, contentType));
        await app.StartAsync(cancellationToken);
        return app;
    }
}
