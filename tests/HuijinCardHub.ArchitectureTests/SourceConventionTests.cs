using HuijinCardHub.ArchitectureTests.Inputs;
using HuijinCardHub.ArchitectureTests.Rules;

namespace HuijinCardHub.ArchitectureTests;

/// <summary>Where a module keeps what: a pure Domain, Services without the request, controllers with their services in the constructor.</summary>
public sealed class SourceConventionTests
{
    [Fact]
    public void Real_domain_folders_use_no_EF_Core_or_ASP_NET()
    {
        var violations = DomainPurityRule.Check(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_domain_type_with_an_EF_Core_index_is_reported()
    {
        var violation = Assert.Single(DomainPurityRule.Check(Solution.BrokenFixture));

        Assert.Equal("src/Modules/HuijinCardHub.Gifts/Domain/GiftCard.cs:1", violation.Where);
        Assert.StartsWith("uses Microsoft.EntityFrameworkCore", violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_services_take_no_HttpContext()
    {
        var violations = ServicesWithoutHttpRule.Check(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_service_reading_the_request_is_reported()
    {
        var violations = ServicesWithoutHttpRule.Check(Solution.BrokenFixture);

        Assert.Equal(
            ["src/Modules/HuijinCardHub.Gifts/Services/GiftCardLookup.cs:5 uses IHttpContextAccessor", "src/Modules/HuijinCardHub.Gifts/Services/GiftCardLookup.cs:8 uses HttpContext"],
            violations.Select(v => v.Where + " " + v.What[..v.What.IndexOf(';', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Real_controllers_are_internal_sealed_without_a_service_locator()
    {
        var violations = ControllerConventionRule.Check(Solution.Real);
        Assert.True(violations is [], Report.Of(violations));
    }

    [Fact]
    public void Broken_fixture_public_controller_using_RequestServices_is_reported()
    {
        var violations = ControllerConventionRule.Check(Solution.BrokenFixture);

        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.StartsWith("src/Modules/HuijinCardHub.Gifts/Controllers/GiftAdminController.cs:", v.Where, StringComparison.Ordinal));
        Assert.Contains(violations, v => v.What == "public sealed class GiftAdminController; make it internal sealed");
        Assert.Contains(violations, v => v.What.StartsWith("service locator RequestServices", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.What.StartsWith("service locator GetRequiredService<", StringComparison.Ordinal));
    }
}
