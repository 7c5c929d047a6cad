using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.CardCodes", "卡密库存", Category = "商品",
    Description = "卡密导入、加密存储、按订单预留与发放")]
[assembly: Feature("HuijinCardHub.CardCodes", Name = "卡密库存", Category = "商品",
    Description = "卡密导入、加密存储、按订单预留与发放 / Card-code import, encrypted storage, reservation and delivery per order")]
