namespace HuijinCardHub.Navigation;
/// <summary>Adds items to a menu ("admin" for the admin menu). Items are filtered by permission when shown.</summary>
public interface INavigationProvider
{
    string Menu => "admin";

    void Build(NavigationBuilder menu);
}
