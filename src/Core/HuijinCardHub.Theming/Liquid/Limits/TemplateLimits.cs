using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// What one page render may use. Fluid checks none of this while a template runs (its statement count aside),
/// so a few lines of Liquid could build gigabyte strings without writing a byte: every filter, capture and range
/// is checked against these before it allocates, and loops check the clock.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Longest string a filter or capture may make (a page's output has its own, larger limit).</summary>
    public const int MaxStringChars = 512 * 1024;

    /// <summary>Most items a list made by a template (split, concat, a range) may hold.</summary>
    public const int MaxListItems = 10_000;

    /// <summary>What a list item costs against <see cref="MaxMadeChars"/>: a split makes a string and a value per item.</summary>
    public const int CharsPerListItem = 32;

    /// <summary>Characters all filters and captures of one page may make together.</summary>
    public const long MaxMadeChars = 16L * 1024 * 1024;

    public static ShopException StringTooLong(string what) => new(new Bilingual(
        $"模板生成的文本过长（{what}，最多 {MaxStringChars} 个字符）",
        $"The template made too long a text ({what}, at most {MaxStringChars} characters)"));

    public static ShopException ListTooLong(string what) => new(new Bilingual(
        $"模板生成的列表过长（{what}，最多 {MaxListItems} 项）",
        $"The template made too long a list ({what}, at most {MaxListItems} items)"));

    public static ShopException TooMuchMade() => new(new Bilingual(
        "模板在一次渲染中生成的内容过多",
        "The template made too much text in one render"));

    public static ShopException RanTooLong() => new(new Bilingual(
        "模板运行时间过长",
        "The template ran for too long"));
}
