using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.E2E.Harness;

internal static class FreePort
{
    /// <summary>A port the OS just handed out on loopback; tiny race with other processes, acceptable for tests.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
