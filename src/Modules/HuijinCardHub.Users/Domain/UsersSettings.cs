using HuijinCardHub.Settings;

namespace HuijinCardHub.Users.Domain;

[SettingsSection("Users", Title = "用户 / Users", Permission = "ManageUsers")]
internal sealed class UsersSettings
{
    /// <summary>Whether visitors may open an account themselves at /account/register.</summary>
    public bool AllowRegistration { get; set; } = true;
}
