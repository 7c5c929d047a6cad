using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Balance", "余额钱包", Category = "会员",
    Description = "会员余额、余额支付、人工调整与可校验的资金账本")]
[assembly: Feature("HuijinCardHub.Balance", Name = "余额钱包", Category = "会员",
    Description = "会员余额、余额支付与哈希链账本 / Member balances, pay with balance and a hash-chained ledger",
    Dependencies = ["HuijinCardHub.Users"])]
