using System.Text.Json.Nodes;
using HuijinCardHub.Catalog;
using HuijinCardHub.Catalog.Recipes;
using HuijinCardHub.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>
/// A plugin's goods kind in a recipe: written as its key "kind-N" (N from 100), stored as that number, shown in the
/// goods list as the key and exported as the key. Anything else is still refused, in both languages.
/// </summary>
[Collection(CatalogCollection.Name)]
public sealed class PluginKindRecipeTests(CatalogShop shop)
{
    [Fact]
    public async Task A_recipe_gives_goods_a_plugin_kind_by_its_key_and_the_goods_list_and_export_show_the_key()
    {
        await shop.WithAsync(async s =>
        {
            await s.GetRequiredService<IRecipeRunner>().RunJsonAsync("""
                { "name": "plugin-kind", "steps": [ { "name": "catalog", "goods": [
                  { "slug": "plugin-gift-card", "name": "插件礼品卡", "category": "tencent", "kind": "kind-120",
                    "variants": [ { "name": "100元", "price": "100.00", "cost": "96.00" } ] } ] } ] }
                """);
            return 0;
        });

        var goods = await shop.GoodsAsync("plugin-gift-card");
        Assert.Equal(120, (int)goods.Summary.Kind);
        Assert.Equal("kind-120", GoodsKinds.KeyOf(goods.Summary.Kind));
        var admin = await shop.AdminAsync();
        var list = await admin.GetStringAsync("/admin/catalog/goods");
        Assert.Contains("<td>kind-120</td>", list, StringComparison.Ordinal);
        // The edit form offers the plugin's kind, selected, so saving the goods does not turn it into code goods.
        var edit = await admin.GetStringAsync($"/admin/catalog/goods/{goods.Summary.Id}");
        Assert.Matches("<option value=\"120\" selected[^>]*>kind-120</option>", edit);
        var exported = await shop.WithAsync(s => s.GetRequiredService<IRecipeRunner>().ExportAsync());
        Assert.Contains("\"kind\": \"kind-120\"", exported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Teleport")]
    [InlineData("kind-7")] // below 100: numbers the shop keeps for its own kinds
    [InlineData("kind-")]
    [InlineData("kind-1x0")]
    [InlineData("kind--100")]
    [InlineData("100")] // a bare number is no kind's name
    [InlineData("kind-99999999999")]
    public void A_kind_that_is_neither_built_in_nor_a_plugin_key_is_refused_in_both_languages(string kind)
    {
        var problems = CatalogRecipeReader.Read(Step(kind)).Problems;

        var problem = Assert.Single(problems, p => p.English.Contains("kind", StringComparison.Ordinal));
        Assert.Contains($"kind \"{kind}\" is invalid", problem.English, StringComparison.Ordinal);
        Assert.Contains("kind-N", problem.English, StringComparison.Ordinal);
        Assert.Contains($"类型「{kind}」无效", problem.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Code", GoodsKind.Code)]
    [InlineData("manual", GoodsKind.Manual)]
    [InlineData("DirectTopUp", GoodsKind.DirectTopUp)]
    [InlineData("kind-100", (GoodsKind)100)]
    [InlineData("KIND-250", (GoodsKind)250)]
    public void Built_in_names_and_plugin_keys_are_read(string kind, GoodsKind expected)
    {
        var model = CatalogRecipeReader.Read(Step(kind));

        Assert.Empty(model.Problems);
        Assert.Equal(expected, Assert.Single(model.Goods).Input.Kind);
    }

    private static JsonObject Step(string kind) => JsonNode.Parse($$"""
        { "name": "catalog", "goods": [ { "slug": "k", "name": "类型测试", "category": "c", "kind": "{{kind}}",
          "variants": [ { "name": "标准", "price": "10.00", "cost": "5.00" } ] } ] }
        """)!.AsObject();
}
