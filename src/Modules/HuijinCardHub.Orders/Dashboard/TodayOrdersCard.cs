namespace HuijinCardHub.Orders.Dashboard;

/// <summary>Today's figures as the dashboard card shows them (public: a Razor view's model).</summary>
public sealed record TodayOrdersCard(int Placed, Money Paid, int Pending, int OpenTickets);
