using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.UnionPay", "银联在线支付", Category = "支付",
    Description = "银联全渠道在线网关支付（5.1.0）")]
[assembly: Feature("HuijinCardHub.Payments.UnionPay", Name = "银联在线支付", Category = "支付",
    Description = "银联全渠道在线网关支付（5.1.0） / UnionPay online gateway payments (5.1.0)",
    Dependencies = ["HuijinCardHub.Payments"])]
