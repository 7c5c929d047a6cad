namespace HuijinCardHub.Sites;

public interface ISiteStore
{
    Task<IReadOnlyList<Site>> ListAsync(CancellationToken cancellationToken = default);

    Task<Site> SaveAsync(Site site, CancellationToken cancellationToken = default);
}
