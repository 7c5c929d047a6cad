namespace HuijinCardHub.Catalog;

public sealed record BuyerInputFieldInfo(long Id, string Key, string Label, BuyerInputKind Kind, bool Required, string? Pattern, string? Placeholder);
