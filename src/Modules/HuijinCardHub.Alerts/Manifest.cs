using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Alerts", "告警中心", Category = "运营",
    Description = "支付异常、发货失败、库存不足等告警：后台告警中心、邮件与 Webhook 通知")]
[assembly: Feature("HuijinCardHub.Alerts", Name = "告警中心", Category = "运营",
    Description = "支付异常、发货失败、库存不足等告警，邮件与 Webhook 通知 / Alerts for payment anomalies, failed deliveries and low stock, with e-mail and webhook notices",
    Dependencies = ["HuijinCardHub.Admin"])]
