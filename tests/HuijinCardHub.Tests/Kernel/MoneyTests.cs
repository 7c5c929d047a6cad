namespace HuijinCardHub.Tests.Kernel;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1", 100)]
    [InlineData("1.00", 100)]
    [InlineData("12.5", 1250)]
    [InlineData("0.01", 1)]
    public void Gateway_amounts_parse_exactly_to_fen(string text, long fen)
    {
        Assert.True(Money.TryParseYuan(text, out var money));
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e5")]
    public void Amounts_with_more_than_two_decimals_or_garbage_are_refused(string text) =>
        Assert.False(Money.TryParseYuan(text, out _));

    [Fact]
    public void A_discount_rounds_half_away_from_zero_to_the_fen()
    {
        Assert.Equal(950, new Money(1000).ApplyRate(9500).Fen);
        Assert.Equal(1, new Money(1).ApplyRate(5000).Fen);
        Assert.Equal("12.50", new Money(1250).ToYuanString());
    }
}
