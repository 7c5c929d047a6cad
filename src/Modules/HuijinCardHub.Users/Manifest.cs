using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Users", "用户", Description = "账户、登录、两步验证、角色与权限", Category = "系统")]
[assembly: Feature(
    "HuijinCardHub.Users",
    Name = "用户与权限",
    Category = "系统",
    Description = "账户、登录、找回密码、两步验证（TOTP）、角色与权限",
    IsAlwaysEnabled = true)]
