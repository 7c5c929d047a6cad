namespace HuijinCardHub.Admin;

/// <summary>A card on the admin dashboard.</summary>
public interface IDashboardWidget
{
    int Order => 0;

    string? Permission => null;

    /// <summary>Returns HTML, already encoded where it holds user data.</summary>
    Task<string> RenderAsync(IServiceProvider services, CancellationToken cancellationToken);
}
