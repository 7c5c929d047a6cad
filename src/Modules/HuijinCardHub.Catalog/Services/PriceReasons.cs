namespace HuijinCardHub.Catalog.Services;

/// <summary>Why a price moved, stored in both languages: the log is read by staff in either.</summary>
internal static class PriceReasons
{
    public const string AdminEdit = "后台编辑 / Admin edit";
    public const string Recipe = "配方 / Recipe";
    public const string FollowCost = "动态定价：跟随成本 / Dynamic pricing: follows cost";
}
