using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>
/// /metrics tells an outsider the shop's traffic, errors and sales rhythm, so it answers only a scraper that shows the
/// configured token (<c>Authorization: Bearer ...</c>, HuijinCardHub__Metrics__Token) or comes from a listed address
/// or network (HuijinCardHub__Metrics__AllowedAddresses, such as "127.0.0.1, 10.0.0.0/8"). Nothing is allowed by
/// default, not even loopback: behind a reverse proxy on the same machine every visitor would come from loopback.
/// Anyone else gets 404, as if there were no such page.
/// </summary>
internal sealed class MetricsGate(RequestDelegate next, IConfiguration configuration)
{
    public const string Path = "/metrics";

    private readonly byte[]? _token = configuration["HuijinCardHub:Metrics:Token"] is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    private readonly IPNetwork[] _allowed = [.. (configuration["HuijinCardHub:Metrics:AllowedAddresses"] ?? "")
        .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(a => a.Contains('/', StringComparison.Ordinal) ? IPNetwork.Parse(a) : new IPNetwork(IPAddress.Parse(a), IPAddress.Parse(a).GetAddressBytes().Length * 8))];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Path) && !Allows(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private bool Allows(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (_token is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), _token))
        {
            return true;
        }

        var remote = context.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return false;
        }

        remote = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return _allowed.Any(n => n.Contains(remote));
    }
}
