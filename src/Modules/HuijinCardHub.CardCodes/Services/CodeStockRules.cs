using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>Input checks shared by the stock, the admin and the recipe step.</summary>
internal static class CodeStockRules
{
    public const int MaxReserve = 10_000;

    public static readonly Bilingual OutOfStock = new("库存不足", "Out of stock");

    public static void CheckGoods(long goodsId, long? variantId)
    {
        if (goodsId <= 0)
        {
            throw new ShopException(new Bilingual("商品编号无效", "Invalid goods id"));
        }

        if (variantId is <= 0)
        {
            throw new ShopException(new Bilingual("规格编号无效", "Invalid variant id"));
        }
    }

    public static string CheckOrder(string orderId)
    {
        if (string.IsNullOrWhiteSpace(orderId) || orderId.Length > 64)
        {
            throw new ShopException(new Bilingual("订单号无效", "Invalid order number"));
        }

        return orderId;
    }

    public static void CheckQuantity(int quantity)
    {
        if (quantity is <= 0 or > MaxReserve)
        {
            throw new ShopException(new Bilingual($"数量需在 1 到 {MaxReserve} 之间", $"The quantity must be between 1 and {MaxReserve}"));
        }
    }
}
