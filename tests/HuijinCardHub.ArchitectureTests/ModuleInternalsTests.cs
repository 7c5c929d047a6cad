using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class ModuleInternalsTests
{
    [Fact]
    public void Real_module_sources_declare_no_public_types_in_Services_Domain_or_Data()
    {
        var violations = ModuleInternalsRule.CheckSources(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Real_module_assemblies_export_no_types_from_Services_Domain_or_Data()
    {
        var (found, missing) = ModuleAssemblies.Of(Solution.Real);
        Assert.True(missing is [], "Build the solution first; no dll for: " + string.Join(", ", missing));
        var violations = ModuleInternalsRule.CheckAssemblies(found);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_public_class_in_Services_is_reported()
    {
        var violation = Assert.Single(ModuleInternalsRule.CheckSources(Solution.BrokenFixture));

        Assert.Equal("src/Modules/HuijinCardHub.Gifts/Services/GiftWrapper.cs:5", violation.Where);
        Assert.Equal("public class GiftWrapper; make it internal", violation.What);
    }

    [Fact]
    public void Broken_assembly_exporting_a_Services_type_is_reported()
    {
        using var broken = new BrokenAssemblies();

        var violation = Assert.Single(ModuleInternalsRule.CheckAssemblies(broken.Modules));
        Assert.Equal("HuijinCardHub.Gifts", violation.Where);
        Assert.Contains("HuijinCardHub.Gifts.Services.GiftWrapper", violation.What, StringComparison.Ordinal);
    }
}
