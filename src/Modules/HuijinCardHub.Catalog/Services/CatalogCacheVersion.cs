using HuijinCardHub.Caching;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Drops every cached storefront read of the shell when the catalogue changes.</summary>
internal sealed class CatalogCacheVersion : CacheSignal;
