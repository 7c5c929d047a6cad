namespace HuijinCardHub.Balance;

public enum BalanceMovementKind
{
    Debit,
    Credit,
    Adjust,
}
