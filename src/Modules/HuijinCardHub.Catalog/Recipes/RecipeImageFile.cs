using System.Text.RegularExpressions;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>
/// A goods picture a recipe ships beside itself (<c>"imageFile": "images/game-card-shop/qq-coins.png"</c>): a plain
/// relative path of lower-case names, inside the recipe's folder, never above it, never absolute.
/// </summary>
internal static partial class RecipeImageFile
{
    /// <summary>The file's full path, or why the path cannot be used.</summary>
    public static (string? Path, Bilingual? Problem) Resolve(string? folder, string slug, string relative)
    {
        if (folder is null)
        {
            return (null, new Bilingual(
                $"商品「{slug}」的 imageFile 只能用于随程序提供的配方文件（上传的配方请用 image 地址）",
                $"Goods \"{slug}\": \"imageFile\" works only in a recipe file shipped with the shop (an uploaded recipe uses an \"image\" address)"));
        }

        var root = System.IO.Path.GetFullPath(folder);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        var inside = full.StartsWith(root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!SafePath().IsMatch(relative) || relative.Contains("..", StringComparison.Ordinal) || !inside)
        {
            return (null, new Bilingual(
                $"商品「{slug}」的图片路径「{relative}」无效：须是配方所在文件夹内的相对路径，例如 images/shop/goods.png",
                $"Goods \"{slug}\": the picture path \"{relative}\" is invalid: use a path inside the recipe's folder, e.g. images/shop/goods.png"));
        }

        return File.Exists(full)
            ? (full, null)
            : (null, new Bilingual($"商品「{slug}」的图片文件「{relative}」不存在", $"Goods \"{slug}\": the picture file \"{relative}\" does not exist"));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*\\.(png|jpg|jpeg|webp|gif)$")]
    private static partial Regex SafePath();
}
