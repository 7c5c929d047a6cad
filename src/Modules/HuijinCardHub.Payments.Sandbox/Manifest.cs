using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Payments.Sandbox", "支付沙箱", Category = "支付",
    Description = "本机模拟各支付网关（仅开发与测试）")]
[assembly: Feature("HuijinCardHub.Payments.Sandbox", Name = "支付沙箱", Category = "支付",
    Description = "本机模拟各支付网关（仅开发与测试） / Every gateway simulated on this machine (development and tests only)",
    Dependencies = ["HuijinCardHub.Payments"])]
