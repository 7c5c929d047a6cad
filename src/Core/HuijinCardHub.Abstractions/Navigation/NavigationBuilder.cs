namespace HuijinCardHub.Navigation;

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
