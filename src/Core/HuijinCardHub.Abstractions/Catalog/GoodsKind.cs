namespace HuijinCardHub.Catalog;

/// <summary>How a goods is fulfilled.</summary>
public enum GoodsKind
{
    /// <summary>Card codes from stock, delivered automatically.</summary>
    Code = 0,

    /// <summary>The buyer gives an account (QQ, phone); a supplier or staff tops it up.</summary>
    DirectTopUp = 1,

    /// <summary>Staff fulfil by hand.</summary>
    Manual = 2,
}
