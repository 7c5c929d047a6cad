using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Themes.Admin", "后台主题", IsTheme = false,
    Description = "后台页面的外壳：侧边菜单、顶栏、登录页布局（Tabler）")]
[assembly: Feature("HuijinCardHub.Themes.Admin", Name = "后台主题", Category = "系统", IsAlwaysEnabled = true,
    Description = "后台与登录页的布局和静态资源")]
