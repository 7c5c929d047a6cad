using HuijinCardHub.Modules;

[assembly: Module("HuijinCardHub.Coupons", "优惠券")]
[assembly: Feature("HuijinCardHub.Coupons", Name = "优惠券", Category = "营销")]
