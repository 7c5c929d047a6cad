using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Gifts", "礼品卡")]
[assembly: Feature("HuijinCardHub.Gifts", Name = "礼品卡", Category = "营销")]
