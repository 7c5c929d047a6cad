using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.Alipay", "支付宝", Category = "支付",
    Description = "支付宝电脑网站、手机网站与当面付扫码支付")]
[assembly: Feature("HuijinCardHub.Payments.Alipay", Name = "支付宝", Category = "支付",
    Description = "支付宝电脑网站、手机网站与当面付扫码支付 / Alipay page, wap and QR payments",
    Dependencies = ["HuijinCardHub.Payments"])]
