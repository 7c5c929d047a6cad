using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments", "在线支付", Category = "支付",
    Description = "支付记录、支付通道、异步通知、对账与退款")]
[assembly: Feature("HuijinCardHub.Payments", Name = "在线支付", Category = "支付",
    Description = "支付记录、支付通道、异步通知、对账与退款 / Payment records, channels, notifications, reconciliation and refunds",
    Dependencies = ["HuijinCardHub.Orders"])]
