namespace HuijinCardHub.Sites;

/// <summary>
/// One spelling for a host name, so "Shop.Example.com.", "shop.example.com" and "SHOP.example.com:8080" compare as
/// the same shop wherever host names are stored or matched (tenants, sites, the public address).
/// </summary>
public static class HostNames
{
    /// <summary>Lower case, no trailing dot; a port is kept when given (":8080").</summary>
    public static string Normalize(string? host)
    {
        var (name, port) = Split((host ?? "").Trim().ToLowerInvariant());
        return name.TrimEnd('.') + port;
    }

    /// <summary>
    /// Whether a request's host (with or without port) is one of the configured names. A configured name without a
    /// port matches any port; one with a port matches that port only.
    /// </summary>
    public static bool Matches(IEnumerable<string> configured, string? requestHost)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var full = Normalize(requestHost);
        var withoutPort = WithoutPort(full);
        return configured.Select(Normalize).Any(c => c.Length > 0 && (c == full || c == withoutPort));
    }

    /// <summary>A normalised host without its port ("shop.example.com:8080" → "shop.example.com").</summary>
    public static string WithoutPort(string normalized) => Split(normalized ?? "").Name;

    /// <summary>"[::1]:8080" and "host:8080" carry a port; "host", "[::1]" and a bare "::1" do not.</summary>
    private static (string Name, string Port) Split(string text)
    {
        var colon = text.LastIndexOf(':');
        var hasPort = text.StartsWith('[')
            ? colon > text.LastIndexOf(']')
            : colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon;
        return hasPort ? (text[..colon], text[colon..]) : (text, "");
    }
}
