using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

/// <summary>The rules an announcement must meet, the same for the admin form and the recipe step.</summary>
internal static class AnnouncementRules
{
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 20_000;

    public static IEnumerable<Bilingual> Check(AnnouncementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            yield return new Bilingual("请填写公告标题", "The announcement needs a title");
        }
        else if (input.Title.Length > MaxTitleLength)
        {
            yield return new Bilingual($"公告标题最多 {MaxTitleLength} 个字符", $"The announcement title can have at most {MaxTitleLength} characters");
        }

        if (input.BodyHtml.Length > MaxBodyLength)
        {
            yield return new Bilingual($"公告正文最多 {MaxBodyLength} 个字符", $"The announcement body can have at most {MaxBodyLength} characters");
        }

        if (input.PublishedFromUtc is { } from && input.PublishedUntilUtc is { } until && until <= from)
        {
            yield return new Bilingual("结束时间必须晚于开始时间", "The end time must be later than the start time");
        }
    }
}
