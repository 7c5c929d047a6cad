using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>A merchant's webhook endpoint on 127.0.0.1: records every request and answers with the status the test chooses.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ReceivedWebhook, int, HttpStatusCode> _answer;
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Task _loop;

    public WebhookReceiver(Func<ReceivedWebhook, int, HttpStatusCode> answer)
    {
        _answer = answer;
        Url = $"http://127.0.0.1:{FreePort()}/hooks/alerts/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public string Url { get; }

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var request = new ReceivedWebhook(context.Request.HttpMethod, body.ToArray(),
                context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase));
            int index;
            lock (_received)
            {
                _received.Add(request);
                index = _received.Count - 1;
            }

            context.Response.StatusCode = (int)_answer(request, index);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

internal sealed record ReceivedWebhook(string Method, byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
