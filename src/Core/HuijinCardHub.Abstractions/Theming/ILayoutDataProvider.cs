using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming;

/// <summary>Adds things a theme's layout shows on every page (navigation, announcement).</summary>
public interface ILayoutDataProvider
{
    Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken);
}
