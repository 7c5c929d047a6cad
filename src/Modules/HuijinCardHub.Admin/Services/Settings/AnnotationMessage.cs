using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HuijinCardHub.Text;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>
/// The message for a failed validation attribute: the section author's own (translated with their i18n file),
/// else a bilingual one for the common rules, else the framework's.
/// </summary>
internal static class AnnotationMessage
{
    public static Bilingual For(ValidationAttribute rule, string label, ModuleText text, Type sectionType)
    {
        if (!string.IsNullOrEmpty(rule.ErrorMessage))
        {
            var own = text.Translate(sectionType, rule.ErrorMessage);
            var formatted = string.Format(CultureInfo.CurrentCulture, own, label);
            return new Bilingual(formatted, formatted);
        }

        return rule switch
        {
            RequiredAttribute => new Bilingual($"请填写「{label}」", $"\"{label}\" is required"),
            RangeAttribute range => new Bilingual(
                $"「{label}」须在 {range.Minimum} 到 {range.Maximum} 之间",
                $"\"{label}\" must be between {range.Minimum} and {range.Maximum}"),
            StringLengthAttribute length => new Bilingual(
                $"「{label}」最多 {length.MaximumLength} 个字符", $"\"{label}\" can have at most {length.MaximumLength} characters"),
            MaxLengthAttribute length => new Bilingual(
                $"「{label}」最多 {length.Length} 个字符", $"\"{label}\" can have at most {length.Length} characters"),
            EmailAddressAttribute => new Bilingual($"「{label}」不是有效的邮箱地址", $"\"{label}\" is not a valid email address"),
            UrlAttribute => new Bilingual($"「{label}」不是有效的网址", $"\"{label}\" is not a valid URL"),
            _ => Same(rule.FormatErrorMessage(label)),
        };
    }

    private static Bilingual Same(string message) => new(message, message);
}
