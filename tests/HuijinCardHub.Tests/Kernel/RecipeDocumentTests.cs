using HuijinCardHub.Kernel.Recipes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Tests.Kernel;

public sealed class RecipeDocumentTests
{
    [Fact]
    public void The_default_recipe_reads_as_a_setup_recipe()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recipes", "default.recipe.json"));
        var recipe = RecipeDocument.Parse(json, "default.recipe.json");
        Assert.True(recipe.Info.IsSetupRecipe);
        Assert.Equal("feature", RecipeDocument.StepName(recipe.Steps[0]));
    }

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"steps\": []}", "has no name")]
    [InlineData("{\"name\": \"x\"}", "no steps array")]
    [InlineData("{\"name\": \"x\", \"steps\": [ {\"enable\": []} ]}", "Step 1")]
    public void A_malformed_recipe_says_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<ShopException>(() => RecipeDocument.Parse(json, "upload"));
        Assert.Contains(expected, error.Text.English, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Text.Chinese));
    }

    [Fact]
    public void Variables_are_replaced_inside_string_values()
    {
        var recipe = RecipeDocument.Parse("""{"name":"v","steps":[{"name":"pages","title":"欢迎来到 [js: variables('SiteName')]","other":"{{ SiteName }}!"}]}""", "v");
        var step = RecipeVariables.Apply(recipe.Steps[0], new Dictionary<string, string> { ["SiteName"] = "汇锦" });
        Assert.Equal("欢迎来到 汇锦", step["title"]!.ToString());
        Assert.Equal("汇锦!", step["other"]!.ToString());
    }
}
