using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class ContractOwnershipTests
{
    [Fact]
    public void Real_contracts_are_implemented_by_the_module_of_their_area_or_the_kernel()
    {
        var (modules, missing) = ModuleAssemblies.Of(Solution.Real);
        var (core, missingCore) = ModuleAssemblies.CoreOf(Solution.Real);
        Assert.True(missing is [] && missingCore is [], "Build the solution first; no dll for: " + string.Join(", ", missing.Concat(missingCore)));

        var uses = modules.Concat(core).SelectMany(assembly => ContractUse.Read(assembly.Path)).ToList();
        var violations = ContractOwnershipRule.Check(uses, [.. modules.Select(m => m.Name)]);
        Assert.True(violations is [], Report.Of(violations));

        // An exception that excuses nothing any more (the contract moved to its provider's area) goes too.
        var unused = ContractOwnershipRule.OtherProviders
            .Where(p => !uses.Any(u => u.ContractFullName == p.Key && u.Assembly == p.Value.Provider))
            .Select(p => $"{p.Key} by {p.Value.Provider}");
        Assert.Empty(unused);
    }

    [Fact]
    public void Every_listed_exception_names_a_contract_that_exists()
    {
        var contracts = typeof(Money).Assembly.GetExportedTypes().Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

        // A contract that moved or was renamed must leave the lists too, or an entry excuses nothing and hides a typo.
        var stale = ContractOwnershipRule.ExtensionPoints.Keys.Concat(ContractOwnershipRule.OtherProviders.Keys).Where(name => !contracts.Contains(name));
        Assert.Empty(stale);
    }

    [Fact]
    public void Broken_assembly_implementing_another_areas_contract_is_reported()
    {
        using var broken = new BrokenAssemblies();

        var violation = Assert.Single(ContractOwnershipRule.Check(broken.ContractUses, ["HuijinCardHub.Coupons", "HuijinCardHub.Gifts"]));
        Assert.Equal("HuijinCardHub.Gifts", violation.Where);
        Assert.StartsWith("HuijinCardHub.Gifts.GiftRedemption implements " + BrokenAssemblies.CouponContract, violation.What, StringComparison.Ordinal);
        Assert.Contains("only HuijinCardHub.Coupons provides", violation.What, StringComparison.Ordinal);
    }
}
