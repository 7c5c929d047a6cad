namespace HuijinCardHub.Navigation;

/// <summary>
/// Where each group of <see cref="AdminMenuGroups"/> starts. Groups are shown in the order of their first item, so a
/// module places its items at its group's start plus a small step (<c>AdminMenuPositions.Goods + 30</c>) and the
/// sidebar keeps this order whichever modules are on. Steps of ten leave room for a later module between two items.
/// </summary>
public static class AdminMenuPositions
{
    public const int Dashboard = 0;
    public const int Users = 1000;
    public const int Sales = 2000;
    public const int Content = 3000;
    public const int Goods = 4000;
    public const int Operations = 5000;
    public const int Members = 6000;
    public const int System = 9000;
}
