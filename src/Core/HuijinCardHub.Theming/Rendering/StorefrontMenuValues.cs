using System.Globalization;
using Fluid;
using Fluid.Values;
using HuijinCardHub.Navigation;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// The storefront menus as read-only Liquid values, kept per shell for each item list and culture seen (a guest's,
/// a member's, per language: a handful). Sorting, grouping and wrapping the same few links on every page was a tenth of
/// the goods page's allocations. A page whose path is one of the links (its <c>current</c> is true) gets its own
/// values, and so does any list beyond <see cref="MaxEntries"/> (a provider whose links vary per request).
/// </summary>
internal sealed class StorefrontMenuValues
{
    public const int MaxEntries = 32;

    private static readonly FluidValue EmptyList = new ArrayValue([]);

    private readonly Lock _gate = new();
    private Entry[] _entries = [];

    public Menus For(IReadOnlyList<StorefrontMenuItem> items, CultureInfo culture, string path)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (IsCurrent(items, path))
        {
            return Build(items, path);
        }

        var entries = Volatile.Read(ref _entries);
        foreach (var entry in entries)
        {
            if (entry.Culture.Name == culture.Name)
            {
                if (SameItems(entry.Items, items))
                {
                    return entry.Menus;
                }
            }
        }

        var menus = Build(items, path: null);
        lock (_gate)
        {
            if (_entries.Length < MaxEntries)
            {
                _entries = [.. _entries, new Entry(culture, [.. items], menus)];
            }
        }

        return menus;
    }

    private static bool IsCurrent(IReadOnlyList<StorefrontMenuItem> items, string path)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Url, path, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameItems(StorefrontMenuItem[] known, IReadOnlyList<StorefrontMenuItem> items)
    {
        if (known.Length != items.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Length; i++)
        {
            if (!known[i].Equals(items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>By position, then by the order the providers added them; each menu's name as the providers spelt it first.</summary>
    private static Menus Build(IReadOnlyList<StorefrontMenuItem> items, string? path)
    {
        var grouped = new Dictionary<string, List<(StorefrontMenuItem Item, int Index)>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!grouped.TryGetValue(item.Menu, out var list))
            {
                grouped[item.Menu] = list = [];
            }

            list.Add((item, i));
        }

        var menus = new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, list) in grouped)
        {
            list.Sort((a, b) => a.Item.Position != b.Item.Position ? a.Item.Position.CompareTo(b.Item.Position) : a.Index.CompareTo(b.Index));
            menus[name] = new ArrayValue(list.Select(x => Link(x.Item, path)).ToArray());
        }

        return new Menus(
            new DictionaryValue(new FluidValueDictionaryFluidIndexable(menus)),
            menus.GetValueOrDefault(StorefrontMenus.Buyer) ?? EmptyList);
    }

    private static FluidValue Link(StorefrontMenuItem item, string? path) =>
        new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = new StringValue(item.Text.ToString()),
            ["url"] = new StringValue(item.Url),
            ["current"] = BooleanValue.Create(path is not null && string.Equals(item.Url, path, StringComparison.OrdinalIgnoreCase)),
        }));

    /// <summary><c>Layout.menus</c> and <c>Layout.buyerLinks</c>; never changed once built, so pages may share them.</summary>
    internal sealed record Menus(FluidValue All, FluidValue Buyer);

    private sealed record Entry(CultureInfo Culture, StorefrontMenuItem[] Items, Menus Menus);
}
