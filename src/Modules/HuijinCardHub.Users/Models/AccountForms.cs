namespace HuijinCardHub.Users.Models;

/// <summary>Fields are nullable so MVC adds no English "required" errors of its own; controllers validate in both languages.</summary>
public sealed class LoginForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorForm
{
    public string? Code { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RegisterForm
{
    public string? UserName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}

public sealed class ResetPasswordForm
{
    public string? UserId { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class EnableTwoFactorForm
{
    public string? Code { get; set; }
}
