namespace HuijinCardHub.Localization;

/// <summary>Tells a path on this site from an address elsewhere, so a redirect cannot be turned against the buyer.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length == 1)
        {
            return true;
        }

        // "//host" and "/\host" are read by browsers as another host.
        if (url[1] is '/' or '\\')
        {
            return false;
        }

        return !url.Any(char.IsControl);
    }

    /// <summary>The URL when it is local, else the site root.</summary>
    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";
}
