using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Orders", "订单", Category = "交易",
    Description = "下单、预留库存、支付确认、自动发货、订单查询与售后")]
[assembly: Feature("HuijinCardHub.Orders", Name = "订单", Category = "交易",
    Description = "购物车与下单、库存预留、自动发货、订单查询、售后工单 / Cart and checkout, reservations, delivery, order lookup, after-sales",
    Dependencies = ["HuijinCardHub.Catalog", "HuijinCardHub.Users"])]
