using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Setup", "安装", Description = "新店铺的安装向导", Category = "系统")]
[assembly: Feature(
    "HuijinCardHub.Setup",
    Name = "安装向导",
    Category = "系统",
    Dependencies = ["HuijinCardHub.Themes.Admin"],
    Description = "未初始化的店铺显示安装页面：店铺名称、管理员账户、数据库与配方")]
