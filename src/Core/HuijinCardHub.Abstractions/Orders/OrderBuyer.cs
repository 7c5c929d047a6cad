namespace HuijinCardHub.Orders;

/// <summary>Who bought: a member (<paramref name="UserId"/>) or a guest, known by the contact they gave (e-mail, phone or QQ).</summary>
public sealed record OrderBuyer(string? UserId, string? UserName, string? Contact);
