namespace HuijinCardHub.Catalog;

public sealed record MemberLevelInfo(long Id, string Name, int DiscountBasisPoints, Money Threshold, int SortOrder);
