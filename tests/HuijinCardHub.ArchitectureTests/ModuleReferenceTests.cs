using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class ModuleReferenceTests
{
    [Fact]
    public void Real_module_projects_reference_only_Abstractions_and_Data()
    {
        var violations = ModuleReferenceRule.CheckProjects(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Real_module_assemblies_are_compiled_only_against_Abstractions_and_Data()
    {
        var (found, missing) = ModuleAssemblies.Of(Solution.Real);
        Assert.True(missing is [], "Build the solution first; no dll for: " + string.Join(", ", missing));
        var violations = ModuleReferenceRule.CheckAssemblies(found);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_module_referencing_another_module_is_reported()
    {
        var violations = ModuleReferenceRule.CheckProjects(Solution.BrokenFixture);

        var violation = Assert.Single(violations);
        Assert.Equal("src/Modules/HuijinCardHub.Gifts/HuijinCardHub.Gifts.csproj.fixture", violation.Where);
        Assert.Contains("src/Modules/HuijinCardHub.Coupons/HuijinCardHub.Coupons.csproj", violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_assembly_compiled_against_another_module_is_reported()
    {
        using var broken = new BrokenAssemblies();

        var violation = Assert.Single(ModuleReferenceRule.CheckAssemblies(broken.Modules));
        Assert.Equal("HuijinCardHub.Gifts", violation.Where);
        Assert.Contains("HuijinCardHub.Coupons", violation.What, StringComparison.Ordinal);
    }
}
