namespace HuijinCardHub.Search.Indexing;

/// <summary>
/// The name is indexed twice: as CJK bigrams (finds any two-character piece of a product name that SmartCn's
/// dictionary does not know, such as 点券 or 王者) and as SmartCn words (ranks real words higher). Summary,
/// description and address share one bigram field: fewer fields per query term keeps a search on 100,000 goods fast.
/// </summary>
internal static class GoodsFields
{
    public const string Id = "id";
    public const string NameBigrams = "name_cjk";
    public const string NameWords = "name_zh";
    public const string BodyBigrams = "body_cjk";

    public static bool IsWords(string field) => field is NameWords;
}
