namespace HuijinCardHub.Navigation;

/// <summary>
/// The admin sidebar's groups, each named in both languages ("中文 / English", split by the admin theme), so every
/// module joins the same group by the same constant instead of typing the name again.
/// </summary>
public static class AdminMenuGroups
{
    /// <summary>No group: shown above every group (the dashboard).</summary>
    public const string None = "";

    public const string Users = "用户 / Users";
    public const string Sales = "交易 / Sales";
    public const string Content = "内容 / Content";
    public const string Goods = "商品 / Goods";
    public const string Operations = "运营 / Operations";
    public const string Members = "会员 / Members";
    public const string System = "系统 / System";
}
