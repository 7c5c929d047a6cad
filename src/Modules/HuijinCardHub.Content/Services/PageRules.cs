using System.Text.RegularExpressions;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

/// <summary>The rules a page must meet, the same for the admin form and the recipe step.</summary>
internal static partial class PageRules
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 200_000;

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    public static IEnumerable<Bilingual> Check(PageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!IsValidSlug(input.Slug))
        {
            yield return new Bilingual(
                $"页面地址「{input.Slug}」无效：只能使用小写字母、数字和连字符，最多 64 个字符",
                $"Page address \"{input.Slug}\" is invalid: use lower-case letters, digits and hyphens, at most 64 characters");
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            yield return new Bilingual("请填写页面标题", "The page needs a title");
        }
        else if (input.Title.Length > MaxTitleLength)
        {
            yield return new Bilingual($"页面标题最多 {MaxTitleLength} 个字符", $"The page title can have at most {MaxTitleLength} characters");
        }

        if (input.BodyHtml.Length > MaxBodyLength)
        {
            yield return new Bilingual($"页面正文最多 {MaxBodyLength} 个字符", $"The page body can have at most {MaxBodyLength} characters");
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex SlugPattern();
}
