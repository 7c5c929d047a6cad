using System.ComponentModel.DataAnnotations;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Themes.Domain;

/// <summary>
/// Outside hosts pages may load from (the CSP allows the shop's own origin only). Owner-only: a host listed here
/// can receive whatever a page puts in a URL, so a manager who edits templates must not be able to add one.
/// </summary>
[SettingsSection("ContentHosts", Title = "外部资源主机 / Content hosts", Permission = "ManageSensitiveSettings")]
internal sealed class ContentHostsSettings
{
    [Display(Name = "允许加载的外部主机", Description = "店面和后台默认只从本店地址加载图片、样式、脚本和字体。CDN 等外部主机在此列出，每行一个 https 主机名，例如 cdn.example.com 或 *.example-cdn.com；不能带路径，不能用 * 或 *.com 这样的通配。")]
    [DataType(DataType.MultilineText)]
    [ContentHostList(ErrorMessage = "「{0}」只能列出主机名（如 cdn.example.com），每行一个：不能带 http://、路径或端口，通配符只能用在二级域名以下（*.example.com）。")]
    public string Hosts { get; set; } = "";
}
