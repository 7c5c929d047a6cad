namespace HuijinCardHub.Events;

public sealed record UserSignedIn(string UserId, string UserName, string? RemoteIp);
