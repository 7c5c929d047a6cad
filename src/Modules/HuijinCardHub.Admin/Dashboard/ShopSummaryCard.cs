namespace HuijinCardHub.Admin.Dashboard;

/// <summary>What the shop summary card shows (public: a Razor view's model).</summary>
public sealed record ShopSummaryCard(string ShopName, int EnabledFeatures, DateTime ServerUtc);

/// <summary>What a card that failed to load shows instead: its name, so an owner can tell the developer which.</summary>
public sealed record FailedCard(string WidgetName);
