using HuijinCardHub.Catalog.Recipes;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>A recipe names the pictures it ships by path; a path may not leave the recipe's folder.</summary>
public sealed class RecipePictureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "huijin-recipe-" + Guid.NewGuid().ToString("N"));

    public RecipePictureTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "images", "shop"));
        File.WriteAllBytes(Path.Combine(_folder, "images", "shop", "card.png"), GoodsPictures.Png());
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(_folder)!, "outside.png"), GoodsPictures.Png());
    }

    [Fact]
    public void A_picture_inside_the_recipe_folder_is_found()
    {
        var (path, problem) = RecipeImageFile.Resolve(_folder, "card", "images/shop/card.png");
        Assert.Null(problem);
        Assert.Equal(Path.Combine(_folder, "images", "shop", "card.png"), path);
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("images/../../outside.png")]
    [InlineData("/etc/passwd.png")]
    [InlineData("images\\shop\\card.png")]
    [InlineData("images/shop/card.svg")]
    [InlineData("images/shop/missing.png")]
    public void A_path_leaving_the_folder_naming_another_kind_or_nothing_is_refused(string relative)
    {
        var (path, problem) = RecipeImageFile.Resolve(_folder, "card", relative);
        Assert.Null(path);
        Assert.NotNull(problem);
        Assert.Contains("商品「card」", problem.Chinese, StringComparison.Ordinal);
        Assert.Contains("Goods \"card\"", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uploaded_recipe_cannot_name_files_on_the_server()
    {
        var (_, problem) = RecipeImageFile.Resolve(null, "card", "images/shop/card.png");
        Assert.Contains("imageFile", problem!.English, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        File.Delete(Path.Combine(Path.GetDirectoryName(_folder)!, "outside.png"));
    }
}
