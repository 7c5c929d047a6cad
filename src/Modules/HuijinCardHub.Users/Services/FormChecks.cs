using System.Net.Mail;
using HuijinCardHub.Text;

namespace HuijinCardHub.Users.Services;

/// <summary>Field checks shared by the account and admin forms.</summary>
internal static class FormChecks
{
    public static IEnumerable<Bilingual> Required(string? value, string chineseField, string englishField)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new Bilingual($"请填写{chineseField}", $"{englishField} is required");
        }
    }

    public static IEnumerable<Bilingual> Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new Bilingual("请填写电子邮箱", "E-mail is required");
        }
        else if (!MailAddress.TryCreate(value.Trim(), out var parsed) || parsed.Address != value.Trim())
        {
            yield return new Bilingual("电子邮箱格式不正确", "The e-mail address is not valid");
        }
    }

    public static IEnumerable<Bilingual> NewPassword(string? password, string? confirm)
    {
        foreach (var problem in Security.PasswordPolicy.Check(password))
        {
            yield return problem;
        }

        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            yield return new Bilingual("两次输入的密码不一致", "The two passwords do not match");
        }
    }

    /// <summary>Authenticator apps show codes as "123 456"; keep only the digits.</summary>
    public static string CleanCode(string? code) => new((code ?? "").Where(char.IsDigit).ToArray());
}
