using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

/// <summary>What a merchant or a recipe gives for a menu link; checked by <see cref="Check"/>.</summary>
internal sealed record NavigationLinkInput(string Text, string Url, bool OpenInNewTab = false, int SortOrder = 0)
{
    public const int MaxTextLength = 40;

    public static IEnumerable<Bilingual> Check(NavigationLinkInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            yield return new Bilingual("请填写菜单文字", "The menu link needs a text");
        }
        else if (input.Text.Length > MaxTextLength)
        {
            yield return new Bilingual($"菜单文字最多 {MaxTextLength} 个字符", $"The menu text can have at most {MaxTextLength} characters");
        }

        if (!LinkRules.IsSafe(input.Url))
        {
            yield return LinkRules.Problem("链接地址", "Link address", input.Url);
        }
    }
}
