using HuijinCardHub.Theming.Codes;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>Where codes may be written: "|" marks the place asked about in each page.</summary>
public sealed class HtmlTextPositionsTests
{
    [Theory]
    [InlineData("<div>|</div>", true)]
    [InlineData("<ul><li><s>|</s></li></ul>", true)]
    [InlineData("<p>a < b |</p>", true)]
    [InlineData("<!DOCTYPE html><!-- note --><p>|</p>", true)]
    [InlineData("<svg viewBox=\"0 0 1 1\"><rect/></svg><svg/><p>|</p>", true)]
    [InlineData("<img src='https://evil/?|'>", false)]
    [InlineData("<img src=\"https://evil/?|\">", false)]
    [InlineData("<a href=https://evil/?|>", false)]
    [InlineData("<img alt=\"x>\" src='|'>", false)]
    [InlineData("<!-- |", false)]
    [InlineData("<!-- --!> |", true)]
    [InlineData("<textarea><p>|</p></textarea>", false)]
    [InlineData("<title>|", false)]
    [InlineData("<style>a{}</style ><p>|</p>", true)]
    [InlineData("<select><option>|", false)]
    [InlineData("<select><option>a</option></select><p>|</p>", true)]
    [InlineData("<form action=\"/x\">|</form>", false)]
    [InlineData("<script><!--<script></script>|", false)]
    [InlineData("<svg><p>|</p></svg>", false)]
    [InlineData("<noscript>|</noscript>", false)]
    [InlineData("<? x >|", true)]
    [InlineData("<?x |", false)]
    public void A_place_is_text_only_outside_markup_and_guarded_elements(string page, bool isText)
    {
        var offset = page.IndexOf('|', StringComparison.Ordinal);
        var html = page.Remove(offset, 1);

        Assert.Equal(isText, HtmlTextPositions.AreText(html, [offset])[0]);
    }
}
