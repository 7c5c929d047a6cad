using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.Balance", "余额支付", Category = "支付",
    Description = "会员用余额付款")]
[assembly: Feature("HuijinCardHub.Payments.Balance", Name = "余额支付", Category = "支付",
    Description = "会员用余额付款 / Members pay with their balance",
    Dependencies = ["HuijinCardHub.Payments", "HuijinCardHub.Balance"])]
