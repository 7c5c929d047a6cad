using System.ComponentModel.DataAnnotations;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Kernel.Net;

/// <summary>
/// The owner's exceptions to the outbound rule: hosts on this machine or a private network the shop may call (an
/// internal supplier, a webhook receiver on the LAN). Whoever edits this can aim the shop at internal services,
/// so it is the owner's permission, with sudo mode.
/// </summary>
[SettingsSection("OutboundHttp", Title = "出站网络 / Outbound HTTP", Permission = "ManageSensitiveSettings")]
internal sealed class OutboundHttpSettings
{
    [Display(Name = "允许访问的内网主机 / Allowed internal hosts",
        Description = "默认拒绝本机、内网、链路本地（含 169.254.169.254）等地址；确需访问时在此列出主机名或 IP，用逗号或换行分隔（任意端口）。/ Loopback, private and link-local addresses are refused; list host names or IPs here, separated by commas or new lines (any port).")]
    [StringLength(2000)]
    public string? AllowedHosts { get; set; }

    public IReadOnlySet<string> AllowedHostSet() =>
        (AllowedHosts ?? "").Split([',', '，', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(OutboundConnector.AllowKey)
            .Where(h => h.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
