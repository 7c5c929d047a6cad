using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Search", "商品搜索", Category = "商品",
    Description = "Lucene 全文索引，中文分词加双字切分，商品变动后自动更新")]
[assembly: Feature("HuijinCardHub.Search", Name = "商品搜索", Category = "商品",
    Description = "商城搜索按相关度排序，支持中文 / Storefront search ranked by relevance, with Chinese analysis",
    Dependencies = ["HuijinCardHub.Catalog"])]
