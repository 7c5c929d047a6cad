using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.EPay", "易支付", Category = "支付",
    Description = "易支付（彩虹易支付协议）收款")]
[assembly: Feature("HuijinCardHub.Payments.EPay", Name = "易支付", Category = "支付",
    Description = "易支付（彩虹易支付协议）收款 / Take money through 易支付 (EPay)",
    Dependencies = ["HuijinCardHub.Payments"])]
