namespace HuijinCardHub.Balance.Domain;

/// <summary>
/// The user names this module has seen (sign-in, registration, the balance page), so staff can find a
/// member by name without reaching into the Users module's tables.
/// </summary>
internal sealed class MemberName
{
    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public required string NormalizedUserName { get; set; }

    public DateTime SeenUtc { get; set; }
}
