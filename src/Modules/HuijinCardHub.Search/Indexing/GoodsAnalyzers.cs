using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace HuijinCardHub.Search.Indexing;

/// <summary>The analyzers of the goods index: one set per index, shared by all threads (Lucene analyzers are).</summary>
internal sealed class GoodsAnalyzers : IDisposable
{
    private readonly CjkBigramAnalyzer _indexBigrams = new(keepSingleCharacters: true);
    private readonly CjkBigramAnalyzer _queryBigrams = new(keepSingleCharacters: false);
    private readonly SmartChineseAnalyzer _words = new(CjkBigramAnalyzer.Version);

    public GoodsAnalyzers()
    {
        Index = new PerFieldAnalyzerWrapper(_indexBigrams, new Dictionary<string, Analyzer>
        {
            [GoodsFields.NameWords] = _words,
        });
    }

    /// <summary>For the index writer: SmartCn for the word fields, bigrams (with single characters) for the others.</summary>
    public Analyzer Index { get; }

    /// <summary>The terms of a query and their positions, as the query side of a field sees them.</summary>
    public IReadOnlyList<(string Term, int Position)> QueryTerms(string field, string text) =>
        Analyze(GoodsFields.IsWords(field) ? _words : _queryBigrams, field, text);

    public static IReadOnlyList<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        Index.Dispose();
        _indexBigrams.Dispose();
        _queryBigrams.Dispose();
        _words.Dispose();
    }
}
