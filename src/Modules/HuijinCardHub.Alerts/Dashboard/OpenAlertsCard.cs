namespace HuijinCardHub.Alerts.Dashboard;

/// <summary>The alert counts the dashboard card shows (public: a Razor view's model).</summary>
public sealed record OpenAlertsCard(int Open, int Acknowledged, int Critical)
{
    /// <summary>Red while anything critical waits, amber while anything waits, green when nothing does.</summary>
    public string Tone => Critical > 0 ? "text-danger" : Open > 0 ? "text-warning" : "text-success";
}
