using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Admin", "后台", Category = "系统",
    Description = "后台首页、功能开关、配方、设置、分站与操作日志")]
[assembly: Feature("HuijinCardHub.Admin", Name = "后台", Category = "系统", IsAlwaysEnabled = true,
    Description = "后台首页、功能开关、配方、设置、分站与操作日志",
    Dependencies = ["HuijinCardHub.Themes.Admin", "HuijinCardHub.Users"])]
