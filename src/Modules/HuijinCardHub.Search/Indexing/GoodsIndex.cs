using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Directory = Lucene.Net.Store.Directory;

namespace HuijinCardHub.Search.Indexing;

/// <summary>
/// One Lucene index of goods: a single writer and a searcher manager, safe to use from any thread.
/// Changes are committed at once and seen by the next search. The commit remembers when the index was last
/// built in full, so a fresh or wiped index is known to need a build.
/// </summary>
internal sealed class GoodsIndex : IDisposable
{
    private const string BuiltKey = "builtUtc";

    private readonly Directory _directory;
    private readonly GoodsAnalyzers _analyzers = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Lock _writeGate = new();

    public GoodsIndex(Directory directory)
    {
        _directory = directory;
        _writer = new IndexWriter(directory, new IndexWriterConfig(CjkBigramAnalyzer.Version, _analyzers.Index) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>When the last full build finished; null when the index was never built in full.</summary>
    public DateTime? BuiltUtc =>
        _writer.CommitData.TryGetValue(BuiltKey, out var value)
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var built)
            ? built
            : null;

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Writes the goods (replacing what the index had for them) and removes the other ids.</summary>
    public void Apply(IEnumerable<GoodsDocument> upserts, IEnumerable<long> removals)
    {
        lock (_writeGate)
        {
            foreach (var goods in upserts)
            {
                _writer.UpdateDocument(IdTerm(goods.Id), ToDocument(goods));
            }

            foreach (var id in removals)
            {
                _writer.DeleteDocuments(IdTerm(id));
            }

            CommitAndRefresh();
        }
    }

    /// <summary>Replaces the whole index with these goods and marks it built.</summary>
    public void ReplaceAll(IEnumerable<GoodsDocument> goods, DateTime builtUtc)
    {
        lock (_writeGate)
        {
            _writer.DeleteAll();
            foreach (var item in goods)
            {
                _writer.AddDocument(ToDocument(item));
            }

            _writer.SetCommitData(new Dictionary<string, string> { [BuiltKey] = builtUtc.ToString("O", CultureInfo.InvariantCulture) });
            CommitAndRefresh();
        }
    }

    /// <summary>Goods ids, best match first; empty for a query with nothing searchable in it.</summary>
    public IReadOnlyList<long> Search(string text, int take)
    {
        if (take <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var searcher = _searchers.Acquire();
        try
        {
            var hits = Run(searcher, GoodsQuery.Strict(_analyzers, text), take);
            if (hits.Count == 0)
            {
                hits = Run(searcher, GoodsQuery.Relaxed(_analyzers, text), take);
            }

            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzers.Dispose();
        _directory.Dispose();
    }

    private static List<long> Run(IndexSearcher searcher, Query? query, int take)
    {
        if (query is null)
        {
            return [];
        }

        var top = searcher.Search(query, take);
        var leaves = searcher.IndexReader.Leaves;
        var ids = new List<long>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            // Doc values, not stored fields: reading 100 ids must not decompress 100 blocks.
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var values = leaf.AtomicReader.GetNumericDocValues(GoodsFields.Id);
            if (values is not null)
            {
                ids.Add(values.Get(hit.Doc - leaf.DocBase));
            }
        }

        return ids;
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private static Term IdTerm(long id) => new(GoodsFields.Id, id.ToString(CultureInfo.InvariantCulture));

    private static Document ToDocument(GoodsDocument goods)
    {
        var body = string.Join('\n', goods.Summary, goods.DescriptionText, goods.Slug.Replace('-', ' '));
        return
        [
            new StringField(GoodsFields.Id, goods.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(GoodsFields.Id, goods.Id),
            new TextField(GoodsFields.NameBigrams, goods.Name, Field.Store.NO),
            new TextField(GoodsFields.NameWords, goods.Name, Field.Store.NO),
            new TextField(GoodsFields.BodyBigrams, body, Field.Store.NO),
        ];
    }
}
