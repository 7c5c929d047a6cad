using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Samples.GiftCards", "电子礼品卡（示例）", Category = "示例",
    Description = "示例插件模块：电子礼品卡商品、我的礼品卡页面与订单付款订阅（仅测试使用，不随商城发布）")]
[assembly: Feature("HuijinCardHub.Samples.GiftCards", Name = "电子礼品卡（示例）", Category = "示例",
    Description = "电子礼品卡商品、我的礼品卡页面 / E-gift card goods and a My gift cards page (sample, not shipped)",
    Dependencies = ["HuijinCardHub.Orders"])]
