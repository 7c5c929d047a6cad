namespace HuijinCardHub.Payments;

/// <summary>The HTTP answer a gateway expects to a notification ("success"; 204; {"code":"FAIL",...} with 500).</summary>
public sealed record NotificationReply(int StatusCode, string ContentType, string Body);
