namespace HuijinCardHub.Users.Models;

public sealed class TwoFactorManagePage
{
    public bool IsEnabled { get; init; }
    public bool IsStaff { get; init; }
    public string SharedKey { get; init; } = "";
    public string AuthenticatorUri { get; init; } = "";
    public List<string> Errors { get; } = [];
    public string? Notice { get; set; }
}
