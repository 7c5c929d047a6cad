namespace HuijinCardHub.Jobs;

public sealed record OutboxMessage(long Id, string Topic, string PayloadJson, int Attempt);
