using HuijinCardHub.Text;

namespace HuijinCardHub.Balance.Services;

/// <summary>A checked request to move money: <see cref="DeltaFen"/> is signed.</summary>
internal sealed record MovementRequest(string UserId, BalanceMovementKind Kind, long DeltaFen, string Reason, string Reference, string Actor)
{
    private const int MaxText = 500;

    public static MovementRequest Create(string userId, BalanceMovementKind kind, long deltaFen, string reason, string reference, string actor)
    {
        Require(!string.IsNullOrWhiteSpace(userId), BalanceErrors.UserRequired);
        Require(!string.IsNullOrWhiteSpace(reference), BalanceErrors.ReferenceRequired);
        Require(deltaFen != 0, kind == BalanceMovementKind.Adjust ? BalanceErrors.AmountNotZero : BalanceErrors.AmountPositive);
        Require(Math.Abs(deltaFen) <= BalanceErrors.MaxMovementFen, BalanceErrors.AmountTooLarge);
        Require((reason ?? "").Length <= MaxText && reference.Length <= 200 && userId.Length <= 200, BalanceErrors.TooLong);
        return new(userId.Trim(), kind, deltaFen, (reason ?? "").Trim(), reference.Trim(), actor);
    }

    private static void Require(bool condition, Bilingual problem)
    {
        if (!condition)
        {
            throw new ShopException(problem);
        }
    }
}
