using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

/// <summary>The rules a banner must meet, the same for the admin form and the recipe step.</summary>
internal static class BannerRules
{
    public const int MaxTitleLength = 100;

    public static IEnumerable<Bilingual> Check(BannerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            yield return new Bilingual("请填写横幅标题（也用作图片的替代文字）", "The banner needs a title (it is also the picture's alt text)");
        }
        else if (input.Title.Length > MaxTitleLength)
        {
            yield return new Bilingual($"横幅标题最多 {MaxTitleLength} 个字符", $"The banner title can have at most {MaxTitleLength} characters");
        }

        if (string.IsNullOrWhiteSpace(input.ImageUrl))
        {
            yield return new Bilingual("请填写图片地址", "The banner needs a picture address");
        }
        else if (!LinkRules.IsSafe(input.ImageUrl))
        {
            yield return LinkRules.Problem("图片地址", "Picture address", input.ImageUrl);
        }

        if (!string.IsNullOrEmpty(input.LinkUrl) && !LinkRules.IsSafe(input.LinkUrl))
        {
            yield return LinkRules.Problem("链接", "Link", input.LinkUrl);
        }
    }
}
