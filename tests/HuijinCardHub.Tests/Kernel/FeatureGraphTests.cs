using HuijinCardHub.Kernel.Features;
using HuijinCardHub.Shells;
using HuijinCardHub.Text;

namespace HuijinCardHub.Tests.Kernel;

public sealed class FeatureGraphTests
{
    private static FeatureInfo F(string id, bool always = false, params string[] dependencies) =>
        new(id, id, "", "", id, dependencies, always, false, false);

    private static readonly FeatureGraph Shop = new([
        F("Users", always: true),
        F("Catalog"),
        F("Orders", false, "Catalog"),
        F("Payments", false, "Orders"),
        F("Content"),
    ]);

    [Fact]
    public void Enabling_a_feature_pulls_in_what_it_depends_on()
    {
        var plan = Shop.PlanEnable(["Users"], ["Payments"], isDefaultTenant: true);
        Assert.True(plan.IsValid);
        Assert.Equal(["Catalog", "Orders", "Payments"], plan.ToEnable);
    }

    [Fact]
    public void Disabling_a_feature_cascades_to_its_dependents()
    {
        var plan = Shop.PlanDisable(["Users", "Catalog", "Orders", "Payments", "Content"], ["Catalog"]);
        Assert.True(plan.IsValid);
        Assert.Equal(["Payments", "Orders", "Catalog"], plan.ToDisable);
    }

    [Fact]
    public void An_always_enabled_feature_cannot_be_disabled()
    {
        var plan = Shop.PlanDisable(["Users", "Content"], ["Users"]);
        Assert.False(plan.IsValid);
        Assert.Contains("始终启用", plan.Errors[0].Chinese, StringComparison.Ordinal);
        Assert.Contains("always enabled", plan.Errors[0].English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_feature_is_refused_with_its_name()
    {
        var plan = Shop.PlanEnable([], ["Lottery"], isDefaultTenant: true);
        Assert.False(plan.IsValid);
        Assert.Contains("Lottery", plan.Errors[0].English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_whose_dependency_is_not_installed_is_refused_with_a_clear_message_and_the_shop_still_runs()
    {
        var graph = new FeatureGraph([F("Users", always: true), F("Orders", false, "Catalog"), F("Refunds", false, "Orders")]);
        var plan = graph.PlanEnable(["Users"], ["Refunds"], isDefaultTenant: true);
        Assert.False(plan.IsValid);
        Assert.Empty(plan.ToEnable);
        Assert.Contains("Catalog", plan.Errors[0].Chinese, StringComparison.Ordinal);
        Assert.Contains("not installed", plan.Errors[0].English, StringComparison.Ordinal);
        Assert.Equal(["Users"], graph.Resolve(["Orders", "Refunds"]));
    }

    [Fact]
    public void A_dependency_cycle_is_named()
    {
        var error = Assert.Throws<ShopException>(() => new FeatureGraph([F("A", false, "B"), F("B", false, "C"), F("C", false, "A")]));
        Assert.Contains("循环", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("A → B → C → A", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_adds_always_enabled_features_and_orders_dependencies_first()
    {
        var features = Shop.Resolve(["Payments"]).ToList();
        Assert.Equal(["Catalog", "Orders", "Payments", "Users"], features.Order(StringComparer.Ordinal));
        Assert.True(features.IndexOf("Catalog") < features.IndexOf("Orders"));
        Assert.True(features.IndexOf("Orders") < features.IndexOf("Payments"));
    }
}
