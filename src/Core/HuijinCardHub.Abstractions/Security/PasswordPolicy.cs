using HuijinCardHub.Text;

namespace HuijinCardHub.Security;

/// <summary>The shop's password rule, shared by setup (before any module runs) and the Users module.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    public static IEnumerable<Bilingual> Check(string? password)
    {
        password ??= "";
        if (password.Length < MinimumLength)
        {
            yield return new Bilingual($"密码至少需要 {MinimumLength} 位", $"The password needs at least {MinimumLength} characters");
        }

        if (!password.Any(char.IsDigit) || !password.Any(char.IsLetter))
        {
            yield return new Bilingual("密码需同时包含字母和数字", "The password needs both letters and digits");
        }

        if (password.Distinct().Count() < 4)
        {
            yield return new Bilingual("密码过于简单", "The password is too simple");
        }
    }
}
