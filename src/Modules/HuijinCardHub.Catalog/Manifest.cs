using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Catalog", "商品目录", Category = "商品",
    Description = "分类、商品、规格、买家输入项、会员等级与定价")]
[assembly: Feature("HuijinCardHub.Catalog", Name = "商品目录", Category = "商品",
    Description = "分类、商品、规格、会员等级与定价 / Categories, goods, variants, member levels and pricing")]
