using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.WeChatPay", "微信支付", Category = "支付",
    Description = "微信支付 APIv3 Native 扫码与 H5 支付")]
[assembly: Feature("HuijinCardHub.Payments.WeChatPay", Name = "微信支付", Category = "支付",
    Description = "微信支付 APIv3 Native 扫码与 H5 支付 / WeChat Pay API v3 Native and H5 payments",
    Dependencies = ["HuijinCardHub.Payments"])]
