namespace HuijinCardHub.Admin;

/// <summary>What a dashboard widget shows: the partial view (a path in its own module) and the model it is drawn from.</summary>
public sealed record DashboardCard(string ViewName, object Model);
