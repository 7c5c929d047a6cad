using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

public sealed class ShippedHostTests
{
    [Fact]
    public void The_shipped_host_references_nothing_under_tests_not_even_the_sample_module()
    {
        var violations = ShippedHostRule.Check(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void The_sample_module_is_written_like_a_shipped_one_referencing_only_Abstractions_and_Data()
    {
        var project = ProjectFile.Read(Path.Combine(Solution.Real.Root, "tests", "HuijinCardHub.Samples.GiftCards", "HuijinCardHub.Samples.GiftCards.csproj"));
        Assert.Equal(
            [Path.Combine(Solution.Real.AbstractionsFolder, "HuijinCardHub.Abstractions.csproj"), Path.Combine(Solution.Real.DataFolder, "HuijinCardHub.Data.csproj")],
            project.ProjectReferences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Broken_fixture_host_shipping_a_test_project_is_reported()
    {
        var violation = Assert.Single(ShippedHostRule.Check(Solution.BrokenFixture));

        Assert.Equal("src/Web/HuijinCardHub.Web/HuijinCardHub.Web.csproj.fixture", violation.Where);
        Assert.Contains("tests/HuijinCardHub.Samples.Gifts/HuijinCardHub.Samples.Gifts.csproj", violation.What, StringComparison.Ordinal);
    }
}
