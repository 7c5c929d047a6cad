using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class AbstractionsPurityTests
{
    [Fact]
    public void Real_Abstractions_project_has_no_EF_Core_or_MVC()
    {
        var violations = AbstractionsPurityRule.CheckProject(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Real_Abstractions_assembly_is_compiled_against_no_EF_Core_or_MVC()
    {
        var abstractions = AssemblyFacts.Of(typeof(HuijinCardHub.Money).Assembly);

        Assert.Equal(SourceTree.AbstractionsName, abstractions.Name);
        var violations = AbstractionsPurityRule.CheckAssembly(abstractions);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_Abstractions_with_EF_Core_package_and_MVC_using_is_reported()
    {
        var violations = AbstractionsPurityRule.CheckProject(Solution.BrokenFixture);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.What == "package Microsoft.EntityFrameworkCore");
        Assert.Contains(violations, v => v.Where == "src/Core/HuijinCardHub.Abstractions/Orders/OrderQueries.cs:1"
            && v.What == "uses Microsoft.AspNetCore.Mvc");
    }

    [Fact]
    public void Broken_Abstractions_assembly_compiled_against_MVC_is_reported()
    {
        using var broken = new BrokenAssemblies();

        var violation = Assert.Single(AbstractionsPurityRule.CheckAssembly(broken.Abstractions));
        Assert.StartsWith("compiled against Microsoft.AspNetCore.Mvc", violation.What, StringComparison.Ordinal);
    }
}
