namespace HuijinCardHub.Events;

public sealed record UserRegistered(string UserId, string UserName, string Email);
