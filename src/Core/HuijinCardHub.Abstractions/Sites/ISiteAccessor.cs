namespace HuijinCardHub.Sites;

public interface ISiteAccessor
{
    /// <summary>The site the current request was resolved to (the default site outside a request).</summary>
    Task<Site> GetCurrentAsync(CancellationToken cancellationToken = default);
}
