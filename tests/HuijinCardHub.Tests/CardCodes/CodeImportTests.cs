using System.Text;
using HuijinCardHub.Catalog;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.CardCodes;

/// <summary>A merchant importing codes: formats, duplicates, bad lines and file encodings.</summary>
public sealed class CodeImportTests(CardCodeShop shop) : IClassFixture<CardCodeShop>
{
    private static readonly CodeBatchInfo Batch = new(new Money(150), "测试批次", "tester");

    private static long NewGoodsId() => Random.Shared.NextInt64(1_000_000, long.MaxValue / 2);

    private Task<CodeImportReport> ImportAsync(long goodsId, string text) =>
        shop.WithStockAsync(stock => stock.ImportAsync(goodsId, null, new StringReader(text), Batch));

    [Fact]
    public async Task Duplicates_within_the_batch_and_against_stored_codes_are_reported_by_line()
    {
        var goods = NewGoodsId();
        var first = await ImportAsync(goods, "AAAA-0001\nAAAA-0002\nAAAA-0001\n");
        Assert.Equal(3, first.Lines);
        Assert.Equal(2, first.Accepted);
        Assert.Equal(1, first.Duplicates);
        Assert.Equal([3L], first.DuplicateLines);

        var second = await ImportAsync(goods, "AAAA-0003\r\nAAAA-0002\r\n  AAAA-0001  \r\nAAAA-0003");
        Assert.Equal(4, second.Lines);
        Assert.Equal(1, second.Accepted);
        Assert.Equal(3, second.Duplicates);
        Assert.Equal([2L, 3L, 4L], second.DuplicateLines);
        Assert.Equal(3, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));

        // The same code for other goods is a different code.
        Assert.Equal(1, (await ImportAsync(NewGoodsId(), "AAAA-0001")).Accepted);
    }

    [Fact]
    public async Task Control_characters_html_empty_and_huge_lines_are_invalid_with_their_line_numbers()
    {
        var goods = NewGoodsId();
        var lines = new[]
        {
            "GOOD-0001",
            "BAD\u0001CODE",
            "<script>alert(1)</script>",
            "",
            new string('X', 10 * 1024),
            "ZERO\u200BWIDTH",
            "GOOD-0002",
            "a,b,c",
        };
        var report = await ImportAsync(goods, string.Join('\n', lines));
        Assert.Equal(8, report.Lines);
        Assert.Equal(2, report.Accepted);
        Assert.Equal(6, report.Invalid);
        Assert.Equal([2L, 3L, 4L, 5L, 6L, 8L], report.InvalidLines.Select(l => l.LineNumber));
        Assert.Contains("512", report.InvalidLines.Single(l => l.LineNumber == 5).Reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("HTML", report.InvalidLines.Single(l => l.LineNumber == 3).Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_number_and_password_split_by_dashes_tab_comma_or_space_all_work()
    {
        var goods = NewGoodsId();
        var report = await ImportAsync(goods, "N001----P001\nN002\tP002\nN003,P003\nN004   P004\nSOLO-CODE");
        Assert.Equal(5, report.Accepted);

        // The same number and password in another format is the same code.
        var again = await ImportAsync(goods, "N001 P001\nN002,P002");
        Assert.Equal(2, again.Duplicates);

        var sold = await shop.WithStockAsync(async stock =>
        {
            await stock.ReserveAsync(goods, null, 5, "FMT-" + goods);
            return await stock.MarkSoldAsync("FMT-" + goods);
        });
        Assert.Equal(["N001 P001", "N002 P002", "N003 P003", "N004 P004", "SOLO-CODE"], sold.Select(c => c.Text));
        Assert.Equal("P003", sold[2].Password);
        Assert.Null(sold[4].Password);
    }

    [Fact]
    public async Task A_gbk_file_and_a_utf8_file_with_bom_decode_correctly()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var goods = NewGoodsId();
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("点券卡号001----密码甲\n王者荣耀002,密码乙\n");
        Assert.False(IsUtf8(gbk));
        var fromGbk = await shop.WithStockAsync(stock => stock.ImportAsync(goods, null, new MemoryStream(gbk), Batch));
        Assert.Equal(2, fromGbk.Accepted);
        Assert.Equal(0, fromGbk.Invalid);

        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Q币卡003 密码丙\r\n")).ToArray();
        var fromBom = await shop.WithStockAsync(stock => stock.ImportAsync(goods, null, new MemoryStream(bom), Batch));
        Assert.Equal(1, fromBom.Accepted);

        var sold = await shop.WithStockAsync(async stock =>
        {
            await stock.ReserveAsync(goods, null, 3, "ENC-" + goods);
            return await stock.MarkSoldAsync("ENC-" + goods);
        });
        Assert.Equal(["点券卡号001 密码甲", "王者荣耀002 密码乙", "Q币卡003 密码丙"], sold.Select(c => c.Text));
    }

    [Fact]
    public async Task Bad_goods_id_or_negative_cost_is_refused_and_imports_nothing()
    {
        await Assert.ThrowsAsync<HuijinCardHub.Text.ShopException>(() => ImportAsync(0, "X-1"));
        await Assert.ThrowsAsync<HuijinCardHub.Text.ShopException>(() =>
            shop.WithStockAsync(stock => stock.ImportAsync(NewGoodsId(), null, new StringReader("X-1"), new CodeBatchInfo(new Money(-1)))));
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
