using HuijinCardHub.Settings;

namespace HuijinCardHub.Balance.Domain;

[SettingsSection("Balance", Title = "余额钱包 / Balance", Permission = "ManageBalances")]
internal sealed class BalanceSettings
{
    /// <summary>The sandbox `instant` channel credits a top-up at once, without any payment: never on in a real shop.</summary>
    public bool InstantTestChannel { get; set; }

    /// <summary>The largest single top-up, in fen (default ¥100,000).</summary>
    public long MaxTopUpFen { get; set; } = 100000_00;
}
