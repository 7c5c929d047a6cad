using System.Text.RegularExpressions;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

internal static partial class InputFieldRules
{
    public static IEnumerable<Bilingual> Check(IReadOnlyList<InputFieldInput> fields)
    {
        if (fields.Count > CatalogLimits.MaxInputFields)
        {
            yield return new Bilingual($"买家输入项最多 {CatalogLimits.MaxInputFields} 个", $"At most {CatalogLimits.MaxInputFields} buyer input fields");
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (!KeyPattern().IsMatch(field.Key))
            {
                yield return new Bilingual(
                    $"输入项标识「{field.Key}」无效：以字母开头，只含字母、数字和下划线，最多 32 个字符",
                    $"The input key \"{field.Key}\" is invalid: start with a letter, use letters, digits and underscores, at most 32 characters");
            }
            else if (!keys.Add(field.Key))
            {
                yield return new Bilingual($"输入项标识「{field.Key}」重复", $"The input key \"{field.Key}\" appears twice");
            }

            if (string.IsNullOrWhiteSpace(field.Label) || field.Label.Length > CatalogLimits.MaxNameLength)
            {
                yield return new Bilingual($"输入项「{field.Key}」需要一个名称（最多 {CatalogLimits.MaxNameLength} 个字符）", $"The input \"{field.Key}\" needs a label (at most {CatalogLimits.MaxNameLength} characters)");
            }

            if (!Enum.IsDefined(field.Kind))
            {
                yield return new Bilingual($"输入项「{field.Key}」的类型无效", $"The input \"{field.Key}\" has an invalid kind");
            }

            if (field.Pattern is { Length: > 0 } pattern &&
                (pattern.Length > CatalogLimits.MaxPatternLength || InputPatterns.TryGet(pattern) is null))
            {
                yield return new Bilingual($"输入项「{field.Key}」的校验规则不是有效的正则表达式", $"The rule of input \"{field.Key}\" is not a valid regular expression");
            }

            if (field.Placeholder is { Length: > 200 })
            {
                yield return new Bilingual($"输入项「{field.Key}」的提示文字最多 200 个字符", $"The placeholder of input \"{field.Key}\" can have at most 200 characters");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,31}$")]
    private static partial Regex KeyPattern();
}
