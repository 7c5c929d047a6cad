using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Checks one value a buyer typed against its field: required, kind, then the merchant's pattern.</summary>
internal static partial class BuyerInputCheck
{
    public const int MaxValueLength = 200;

    public static Bilingual? Check(BuyerInputField field, string? raw)
    {
        var value = raw?.Trim() ?? "";
        if (value.Length == 0)
        {
            return field.Required ? new Bilingual($"请填写{field.Label}", $"{field.Label} is required") : null;
        }

        if (value.Length > MaxValueLength || value.Any(char.IsControl))
        {
            return new Bilingual($"{field.Label}格式不正确", $"{field.Label} is not valid");
        }

        var kindProblem = field.Kind switch
        {
            BuyerInputKind.Phone when !Phone().IsMatch(value) => new Bilingual($"{field.Label}须为 11 位手机号码", $"{field.Label} must be an 11-digit mobile number"),
            BuyerInputKind.QQ when !QQ().IsMatch(value) => new Bilingual($"{field.Label}须为 5 到 12 位 QQ 号码", $"{field.Label} must be a QQ number of 5 to 12 digits"),
            BuyerInputKind.Email when !IsEmail(value) => new Bilingual($"{field.Label}须为有效的邮箱地址", $"{field.Label} must be a valid e-mail address"),
            BuyerInputKind.Number when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => new Bilingual($"{field.Label}须为数字", $"{field.Label} must be a number"),
            _ => null,
        };
        if (kindProblem is not null)
        {
            return kindProblem;
        }

        if (field.Pattern is { Length: > 0 } pattern)
        {
            var regex = InputPatterns.TryGet(pattern);
            if (regex is null || !InputPatterns.Matches(regex, value))
            {
                return new Bilingual($"{field.Label}格式不正确", $"{field.Label} is not in the expected format");
            }
        }

        return null;
    }

    private static bool IsEmail(string value) =>
        value.Contains('@', StringComparison.Ordinal) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    [GeneratedRegex("^1[0-9]{10}$")]
    private static partial Regex Phone();

    [GeneratedRegex("^[1-9][0-9]{4,11}$")]
    private static partial Regex QQ();
}
