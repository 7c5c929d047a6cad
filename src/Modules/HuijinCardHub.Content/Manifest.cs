using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Content", "页面与公告", Category = "内容",
    Description = "店面的内容页面（关于我们、购买须知…）、首页与导航")]
[assembly: Feature("HuijinCardHub.Content", Name = "页面与公告", Category = "内容",
    Description = "店面的内容页面、首页与导航 / Storefront content pages, home page and navigation")]
