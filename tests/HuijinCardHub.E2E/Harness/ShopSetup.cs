namespace HuijinCardHub.E2E.Harness;

/// <summary>What a merchant types on the setup page (or the host reads from Setup__* when unattended).</summary>
internal sealed record ShopSetup
{
    public string SiteName { get; init; } = "汇锦测试卡盟";
    public string AdminUserName { get; init; } = "admin";
    public string AdminEmail { get; init; } = "admin@example.com";
    public string AdminPassword { get; init; } = "Passw0rd!2026";
    public string Recipe { get; init; } = "default";
}
