using HuijinCardHub.Text;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>Identity's messages in Chinese and English.</summary>
internal sealed class BilingualIdentityErrorDescriber : IdentityErrorDescriber
{
    private static BilingualIdentityError Error(string code, string chinese, string english) => new(code, new Bilingual(chinese, english));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "操作失败", "The operation failed");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "数据已被他人修改，请刷新后重试", "Someone else changed this meanwhile; reload and try again");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "密码不正确", "Incorrect password");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "链接或验证码无效或已过期", "The link or code is invalid or has expired");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "该外部登录已绑定其他账户", "That external login is already linked to another account");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"用户名“{userName}”无效：只能包含字母、数字和 -._@+", $"User name '{userName}' is invalid: use letters, digits and -._@+ only");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"电子邮箱“{email}”无效", $"E-mail '{email}' is invalid");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用", $"User name '{userName}' is already taken");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"电子邮箱“{email}”已被使用", $"E-mail '{email}' is already taken");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"角色名“{role}”无效", $"Role name '{role}' is invalid");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"角色“{role}”已存在", $"Role '{role}' already exists");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "该用户已设置密码", "The user already has a password");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "该用户未启用锁定", "Lockout is not enabled for this user");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"用户已属于角色“{role}”", $"The user is already in role '{role}'");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"用户不属于角色“{role}”", $"The user is not in role '{role}'");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"密码至少需要 {length} 位", $"The password needs at least {length} characters");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "密码过于简单", "The password is too simple");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码需包含符号", "The password needs a symbol");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码需包含数字", "The password needs a digit");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码需包含小写字母", "The password needs a lower-case letter");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码需包含大写字母", "The password needs an upper-case letter");
}
