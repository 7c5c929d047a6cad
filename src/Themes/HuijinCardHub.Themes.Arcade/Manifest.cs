using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Themes.Arcade", "电玩 Arcade", IsTheme = true,
    Description = "暗色霓虹的游戏风店面主题 / A dark, neon, game-styled storefront theme")]
[assembly: Feature("HuijinCardHub.Themes.Arcade", Name = "Arcade 主题", Category = "主题",
    Description = "游戏点卡店的暗色主题 / A dark theme for game card shops")]
