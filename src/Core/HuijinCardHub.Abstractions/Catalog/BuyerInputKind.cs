namespace HuijinCardHub.Catalog;

public enum BuyerInputKind
{
    Text = 0,
    Phone = 1,
    QQ = 2,
    Email = 3,
    Number = 4,
}
