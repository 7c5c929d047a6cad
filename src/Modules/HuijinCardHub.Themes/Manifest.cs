using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Themes", "主题管理", Category = "系统",
    Description = "选择店面主题、调整主题设置、在线编辑与预览模板")]
[assembly: Feature("HuijinCardHub.Themes", Name = "主题管理", Category = "系统", IsAlwaysEnabled = true,
    Description = "选择店面主题、调整主题设置、在线编辑与预览模板 / Choose storefront themes, adjust their settings, edit and preview templates")]
