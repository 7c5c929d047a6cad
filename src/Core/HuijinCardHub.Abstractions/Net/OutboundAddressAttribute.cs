using HuijinCardHub.Text;

namespace HuijinCardHub.Net;

/// <summary>
/// On a settings property holding an address the shop will call (a webhook, a notify URL): the kernel refuses to
/// save one that points at this machine or a private network (see <see cref="IOutboundHttp.CheckAsync"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutboundAddressAttribute : Attribute;
