using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Themes.Jade", "翡翠 Jade", IsTheme = true,
    Description = "清爽明亮的翡翠绿店面主题 / A clean, light storefront theme with a jade-green accent")]
[assembly: Feature("HuijinCardHub.Themes.Jade", Name = "Jade 主题", Category = "主题",
    Description = "默认店面主题 / The default storefront theme")]
