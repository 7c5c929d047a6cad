using System.Net;
using System.Net.Sockets;
using HuijinCardHub.Net;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;

namespace HuijinCardHub.Kernel.Net;

/// <summary>A tenant's door to the host's one outbound connection pool, carrying the tenant's own allow-list.</summary>
internal sealed class OutboundHttp(OutboundConnector connector, ISettingsStore settings) : IOutboundHttp
{
    public HttpClient CreateClient() =>
        // The shared handler outlives this client: disposing the client must not dispose the pool.
        new(new AllowedHostsHandler(AllowedHostsAsync) { InnerHandler = connector.Handler }, disposeHandler: false);

    public async Task<Bilingual?> CheckAsync(string url, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new Bilingual($"「{url}」须是以 http:// 或 https:// 开头的完整网址", $"\"{url}\" must be a full http:// or https:// address");
        }

        var host = uri.IdnHost;
        if ((await AllowedHostsAsync(cancellationToken)).Contains(OutboundConnector.AllowKey(host)))
        {
            return null;
        }

        var refused = (await ResolveAsync(host, cancellationToken)).FirstOrDefault(a => !AddressRules.IsPublic(a));
        return refused is null ? null : new Bilingual(
            $"地址 {uri.Host} 指向本机、内网或保留地址（{refused}），出于安全不能使用；确需使用时，请店主在「出站网络」设置中把该主机加入允许列表",
            $"The address {uri.Host} points to this machine, a private network or a reserved address ({refused}) and cannot be used; if it really must, the owner can add the host to the allow-list in the Outbound HTTP settings");
    }

    private async Task<IReadOnlySet<string>> AllowedHostsAsync(CancellationToken cancellationToken) =>
        (await settings.GetAsync<OutboundHttpSettings>(cancellationToken)).AllowedHostSet();

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Not resolvable now (offline, not yet in DNS): nothing to judge; the connect-time check still holds.
            return [];
        }
    }
}
