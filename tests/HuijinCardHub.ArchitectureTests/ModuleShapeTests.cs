using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class ModuleShapeTests
{
    [Fact]
    public void Real_modules_have_Manifest_Startup_and_README()
    {
        var violations = ModuleShapeRule.Check(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_module_without_Startup_is_reported()
    {
        var violation = Assert.Single(ModuleShapeRule.Check(Solution.BrokenFixture));

        Assert.Equal("src/Modules/HuijinCardHub.Gifts", violation.Where);
        Assert.Equal("has no Startup.cs", violation.What);
    }

    [Fact]
    public void Both_trees_are_found()
    {
        Assert.True(File.Exists(Path.Combine(Solution.Real.Root, "HuijinCardHub.sln")));
        Assert.Equal(["HuijinCardHub.Coupons", "HuijinCardHub.Gifts"], Solution.BrokenFixture.Modules().Select(m => m.Name));
    }
}
