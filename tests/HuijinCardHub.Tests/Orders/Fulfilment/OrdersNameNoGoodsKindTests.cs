using System.Text.RegularExpressions;

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>
/// Orders decides by a line's fulfilment, never by which goods kind it is: no source file of the module reads a
/// member of <see cref="Catalog.GoodsKind"/>. A new kind is a new fulfilment in its own module, not a new branch here.
/// </summary>
public sealed partial class OrdersNameNoGoodsKindTests
{
    [GeneratedRegex(@"\bGoodsKind\s*\.\s*[A-Z]\w*")]
    private static partial Regex KindMember();

    [Fact]
    public void No_file_of_the_orders_module_branches_on_a_goods_kind()
    {
        var module = Path.Combine(RepositoryRoot(), "src", "Modules", "HuijinCardHub.Orders");
        var sources = Directory.EnumerateFiles(module, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);

        var uses = sources.SelectMany(f => KindMember().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(module, f)}: {m.Value}")).ToList();

        Assert.Empty(uses);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HuijinCardHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HuijinCardHub.sln) was not found above " + AppContext.BaseDirectory);
    }
}
