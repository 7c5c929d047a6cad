namespace HuijinCardHub.Sites;

/// <summary>
/// Absolute links for mails and webhooks (password reset, order page, codes mail, alerts). Built from the site's
/// configured public address only, never from the request's Host header, which a visitor chooses.
/// </summary>
public interface IPublicLinks
{
    /// <summary>
    /// <paramref name="path"/> ("/order/HJ123") on the given site, or, without one, on the current request's site
    /// (the default site outside a request, such as a mail sent by the outbox).
    /// </summary>
    Task<string> BuildAsync(string path, long? siteId = null, CancellationToken cancellationToken = default);
}
