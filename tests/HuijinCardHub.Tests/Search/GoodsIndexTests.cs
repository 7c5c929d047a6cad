using HuijinCardHub.Search.Indexing;
using Lucene.Net.Store;

namespace HuijinCardHub.Tests.Search;

/// <summary>The index and its Chinese analysis on their own, without a host.</summary>
public sealed class GoodsIndexTests : IDisposable
{
    private readonly GoodsIndex _index = new(new RAMDirectory());

    public GoodsIndexTests() => _index.ReplaceAll(SampleGoods.All, DateTime.UtcNow);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_bigram_analyzer_cuts_han_text_in_pairs_keeps_latin_whole_and_folds_case_and_width()
    {
        using var query = new CjkBigramAnalyzer(keepSingleCharacters: false);
        Assert.Equal(["王者", "者荣", "荣耀", "60", "点"], Terms(query, "王者荣耀 60点"));
        Assert.Equal(["q", "币"], Terms(query, "Ｑ币"));
        Assert.Equal(Terms(query, "Q币"), Terms(query, "q币"));

        using var index = new CjkBigramAnalyzer(keepSingleCharacters: true);
        Assert.Contains("券", Terms(index, "点券"));
        Assert.Contains("点券", Terms(index, "点券"));
    }

    [Theory]
    [InlineData("点券", new[] { SampleGoods.HonorCoupons, SampleGoods.PeaceCoupons })]
    [InlineData("Q币", new[] { SampleGoods.QCoins })]
    [InlineData("q币", new[] { SampleGoods.QCoins })]
    [InlineData("王者", new[] { SampleGoods.HonorCoupons, SampleGoods.KingSword })]
    [InlineData("网易", new[] { SampleGoods.NeteaseCard })]
    [InlineData("爱奇艺会员", new[] { SampleGoods.IqiyiVip })]
    public void A_query_finds_the_goods_that_carry_it_in_their_name_first(string query, long[] expectedFirst)
    {
        var hits = _index.Search(query, 10);
        Assert.Equal(expectedFirst.Order(), hits.Take(expectedFirst.Length).Order());
    }

    [Fact]
    public void The_whole_name_beats_a_partial_name_and_a_mention_in_the_description()
    {
        var hits = _index.Search("王者荣耀", 10);
        Assert.Equal(SampleGoods.HonorCoupons, hits[0]);
        Assert.Contains(SampleGoods.MentionsHonorInDescription, hits);
        Assert.True(hits.ToList().IndexOf(SampleGoods.MentionsHonorInDescription) > 0);
        Assert.DoesNotContain(SampleGoods.KingSword, hits);
    }

    [Fact]
    public void A_single_character_and_a_latin_word_are_found()
    {
        Assert.Contains(SampleGoods.HonorCoupons, _index.Search("券", 10));
        Assert.Equal(SampleGoods.QqVip, _index.Search("qq会员", 10)[0]);
        Assert.Equal(new[] { SampleGoods.IqiyiVip, SampleGoods.QqVip }.Order(), _index.Search("VIP", 10).Take(2).Order());
    }

    [Fact]
    public void A_query_sharing_only_a_piece_falls_back_to_any_piece()
    {
        // No goods has both 王者 and 月卡: the strict query finds nothing, the relaxed one still helps the buyer.
        var hits = _index.Search("王者 月卡", 10);
        Assert.Contains(SampleGoods.IqiyiVip, hits);
        Assert.Contains(SampleGoods.HonorCoupons, hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a:b*\"(")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("AND OR NOT")]
    [InlineData("[1 TO 5] ~2 ^3 \\ / {}")]
    [InlineData("！？。，、")]
    [InlineData("\u0000\u200b\ud83d\ude00")]
    public void Odd_queries_give_no_error(string query) => _index.Search(query, 10);

    [Fact]
    public void A_very_long_query_gives_no_error() => _index.Search(new string('王', 200) + string.Concat(Enumerable.Repeat("a:b*\"( ", 40)), 10);

    [Fact]
    public void Changes_and_removals_are_seen_by_the_next_search()
    {
        _index.Apply([new GoodsDocument(SampleGoods.NeteaseCard, "网易一卡通 100元 点券", "netease-card-50", null, "")], [SampleGoods.PeaceCoupons]);
        var hits = _index.Search("点券", 10);
        Assert.Contains(SampleGoods.NeteaseCard, hits);
        Assert.DoesNotContain(SampleGoods.PeaceCoupons, hits);
        Assert.Equal(SampleGoods.All.Count - 1, _index.Count);
    }

    [Fact]
    public void A_new_index_is_not_built_until_replaced_in_full()
    {
        using var fresh = new GoodsIndex(new RAMDirectory());
        Assert.Null(fresh.BuiltUtc);
        fresh.Apply([SampleGoods.All[0]], []);
        Assert.Null(fresh.BuiltUtc);
        var built = new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);
        fresh.ReplaceAll(SampleGoods.All, built);
        Assert.Equal(built, fresh.BuiltUtc);
        Assert.Equal(SampleGoods.All.Count, fresh.Count);
    }

    [Fact]
    public async Task Searches_and_writes_from_many_threads_do_not_interfere()
    {
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                _index.Apply([new GoodsDocument(1000 + (w * 100) + i, $"测试点券 {i}", $"t-{w}-{i}", null, "")], []);
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Assert.NotEmpty(_index.Search("点券", 5));
            }
        }));
        await Task.WhenAll(writers.Concat(readers));
        Assert.Equal(SampleGoods.All.Count + 100, _index.Count);
    }

    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        GoodsAnalyzers.Analyze(analyzer, "f", text).Select(t => t.Term).ToList();
}
