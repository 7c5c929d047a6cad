using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Security;

/// <summary>
/// The kernel's antiforgery check for storefront forms posted to minimal-API endpoints: a post without a valid token
/// is refused with a bilingual 400 page before the endpoint runs. Endpoints ask for it with
/// <see cref="StorefrontAntiforgeryExtensions.RequireStorefrontAntiforgery{TBuilder}"/>.
/// </summary>
public interface IStorefrontAntiforgeryFilter : IEndpointFilter;
