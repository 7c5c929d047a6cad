using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.Kernel.Net;

/// <summary>
/// The host's one connection pool for calls out of the shop, shared by every tenant (a pool per tenant would outlive
/// released shells). The connect callback resolves the name itself and connects only to addresses the rules allow,
/// so the check holds at the moment of connecting, whatever the name resolved to when the address was saved.
/// </summary>
internal sealed class OutboundConnector : IDisposable
{
    /// <summary>The calling tenant's allowed hosts, put on each request by <see cref="AllowedHostsHandler"/>.</summary>
    public static readonly HttpRequestOptionsKey<IReadOnlySet<string>> AllowedHostsKey = new("HuijinCardHub.Outbound.AllowedHosts");

    public OutboundConnector()
    {
        Handler = new SocketsHttpHandler
        {
            // A redirect could point anywhere, including a refused address: the caller sees the 3xx instead.
            AllowAutoRedirect = false,
            // A proxy would make the connection for us, to wherever it was told: no checks would hold.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = ConnectAsync,
        };
    }

    public SocketsHttpHandler Handler { get; }

    public static string AllowKey(string host) => HuijinCardHub.Sites.HostNames.Normalize(host).Trim('[', ']');

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = context.InitialRequestMessage.Options.TryGetValue(AllowedHostsKey, out var hosts) && hosts.Contains(AllowKey(host));
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = allowed ? addresses : [.. addresses.Where(AddressRules.IsPublic)];
        if (usable.Length == 0)
        {
            throw new OutboundRefusedException(host, addresses);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => Handler.Dispose();
}

/// <summary>Thrown at connect time; the caller sees it inside an HttpRequestException.</summary>
internal sealed class OutboundRefusedException(string host, IEnumerable<IPAddress> addresses)
    : IOException($"Refused to connect to {host} ({string.Join(", ", addresses)}): loopback, private, link-local and reserved addresses need the owner's allow-list (OutboundHttp settings).");
