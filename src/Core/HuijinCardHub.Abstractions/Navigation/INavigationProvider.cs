namespace HuijinCardHub.Navigation;

/// <summary>Adds items to a menu ("admin" for the admin menu). Items are filtered by permission when shown.</summary>
public interface INavigationProvider
{
    string Menu => "admin";

    void Build(NavigationBuilder menu);
}

public sealed class NavigationBuilder
{
    private readonly List<MenuItem> _items = [];

    public IReadOnlyList<MenuItem> Items => _items;

    public NavigationBuilder Add(MenuItem item)
    {
        _items.Add(item);
        return this;
    }
}

/// <param name="Text">The Chinese and English caption.</param>
/// <param name="Group">Items with the same group are shown together under it (e.g. 系统 / System).</param>
public sealed record MenuItem(Text.Bilingual Text, string Url, string? Permission = null, string Group = "", int Position = 0, string Icon = "");
