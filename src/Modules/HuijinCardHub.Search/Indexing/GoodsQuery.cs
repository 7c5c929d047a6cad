using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HuijinCardHub.Search.Indexing;

/// <summary>
/// Turns what a buyer typed into Lucene queries, term by term: never through a query parser, so
/// <c>a:b*"(</c> is just text. A name outranks the summary, description and address.
/// </summary>
internal static class GoodsQuery
{
    /// <summary>Longer input is cut: no goods name is this long, and it bounds the work of one query.</summary>
    public const int MaxLength = 100;

    /// <summary>Pieces past these add little to a search and much to its cost (each is a clause over every field).</summary>
    private const int MaxTerms = 10;

    /// <summary>A phrase of more pieces costs more than it adds: nobody types a whole long name to find it.</summary>
    private const int MaxPhraseTerms = 8;
    private const float NameBoost = 4f;
    private const float BodyBoost = 1f;
    private const float NamePhraseBoost = 8f;
    private const float NameWordsBoost = 2f;

    /// <summary>Every piece of the query must be found (in the name, or the summary, description or address).</summary>
    public static Query? Strict(GoodsAnalyzers analyzers, string text) => Build(analyzers, text, strict: true);

    /// <summary>Half the pieces may be enough: used when the strict query finds nothing.</summary>
    public static Query? Relaxed(GoodsAnalyzers analyzers, string text) => Build(analyzers, text, strict: false);

    public static string Normalize(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed;
    }

    private static Query? Build(GoodsAnalyzers analyzers, string text, bool strict)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        text = Normalize(text);
        var pieces = analyzers.QueryTerms(GoodsFields.NameBigrams, text).Take(MaxTerms).ToList();
        if (pieces.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        var found = new BooleanQuery(disableCoord: true);
        var distinct = pieces.Select(p => p.Term).Distinct(StringComparer.Ordinal).ToList();
        foreach (var term in distinct)
        {
            found.Add(AnyField(term), strict ? Occur.MUST : Occur.SHOULD);
        }

        if (!strict)
        {
            // Half the pieces, not any one: a single common character (元) would otherwise match every goods.
            found.MinimumNumberShouldMatch = Math.Max(1, distinct.Count / 2);
        }

        query.Add(found, Occur.MUST);

        // Only when strict: a name holding every piece side by side would have been found by the strict query,
        // so in the relaxed one the phrase can never match and only costs position reads.
        if (strict && pieces.Count is > 1 and <= MaxPhraseTerms)
        {
            // The pieces next to each other in the name: the buyer typed (part of) the name as it is.
            var phrase = new PhraseQuery { Boost = NamePhraseBoost };
            foreach (var (term, position) in pieces)
            {
                phrase.Add(new Term(GoodsFields.NameBigrams, term), position);
            }

            query.Add(phrase, Occur.SHOULD);
        }

        query.Add(Words(analyzers, GoodsFields.NameWords, text, NameWordsBoost), Occur.SHOULD);
        return query;
    }

    /// <summary>The best field for one piece counts, plus a little of the others.</summary>
    private static DisjunctionMaxQuery AnyField(string term) => new(0.1f)
    {
        new TermQuery(new Term(GoodsFields.NameBigrams, term)) { Boost = NameBoost },
        new TermQuery(new Term(GoodsFields.BodyBigrams, term)) { Boost = BodyBoost },
    };

    private static BooleanQuery Words(GoodsAnalyzers analyzers, string field, string text, float boost)
    {
        var words = new BooleanQuery { Boost = boost };
        foreach (var word in analyzers.QueryTerms(field, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTerms))
        {
            words.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }

        return words;
    }
}
