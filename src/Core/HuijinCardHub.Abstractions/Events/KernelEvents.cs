namespace HuijinCardHub.Events;

/// <summary>Raised after a shell was rebuilt with a changed set of features.</summary>
public sealed record FeaturesChanged(string Tenant, IReadOnlyList<string> Enabled, IReadOnlyList<string> Disabled);

public sealed record UserSignedIn(string UserId, string UserName, string? RemoteIp);

public sealed record UserRegistered(string UserId, string UserName, string Email);
