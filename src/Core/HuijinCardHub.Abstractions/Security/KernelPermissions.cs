namespace HuijinCardHub.Security;

/// <summary>Kernel permissions, defined here so every module can name them.</summary>
public static class KernelPermissions
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", new("进入后台", "Access the admin"), "系统");
    public static readonly Permission ManageFeatures = new("ManageFeatures", new("管理功能开关", "Manage features"), "系统");
    public static readonly Permission ManageRecipes = new("ManageRecipes", new("运行与导出配方", "Run and export recipes"), "系统");
    public static readonly Permission ManageSettings = new("ManageSettings", new("管理设置", "Manage settings"), "系统");
    public static readonly Permission ManageThemes = new("ManageThemes", new("管理主题与模板", "Manage themes and templates"), "系统");
    public static readonly Permission ManageSites = new("ManageSites", new("管理分站", "Manage sub-stations"), "系统");
    /// <summary>Sees durable event deliveries that wait, fail or died, and sends a dead one again.</summary>
    public static readonly Permission ManageEventDeliveries = new("ManageEventDeliveries", new("查看与重试事件投递", "View and retry event deliveries"), "系统");
    public static readonly Permission ViewAuditLog = new("ViewAuditLog", new("查看操作日志", "View the audit log"), "系统");
    public static readonly Permission ManageUsers = new("ManageUsers", new("管理用户与角色", "Manage users and roles"), "用户");

    /// <summary>
    /// Where mail, money and webhooks go (SMTP, payment accounts, webhook and alert addresses, the public address
    /// links are built from, the hosts the storefront may load from). Only the owner role has it by default, and
    /// every change also needs sudo mode: whoever controls these can take over the owner's account or the money.
    /// A settings section with this permission is sudo-guarded by the admin.
    /// </summary>
    public static readonly Permission ManageSensitiveSettings = new("ManageSensitiveSettings", new("管理收款、邮件与回调去向", "Change where money, mail and webhooks go"), "系统");

    /// <summary>Granting roles to staff and changing what a role may do. Owner only by default, and needs sudo mode.</summary>
    public static readonly Permission ManageStaffRoles = new("ManageStaffRoles", new("管理员工角色与权限", "Change staff roles and permissions"), "用户");
}
