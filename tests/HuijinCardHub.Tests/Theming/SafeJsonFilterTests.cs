using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>Hostile text in a value put in a script block with the json filter: it stays a string, the block stays closed.</summary>
public sealed partial class SafeJsonFilterTests
{
    [GeneratedRegex("<script type=\"application/json\" id=\"data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("</SCRIPT ><img src=x>")]
    [InlineData("<!--<script>")]
    [InlineData("a\u2028b\u2029c")]
    [InlineData("it's & <b>")]
    [InlineData("汇锦卡盟 ]]> -->")]
    public async Task A_hostile_value_cannot_leave_the_script_block_and_reads_back_the_same(string hostile)
    {
        using var host = new ThemingTestHost(new Dictionary<string, string>
        {
            ["page"] = "<script type=\"application/json\" id=\"data\">{{ Model | json | raw }}</script><p>after</p>",
        });

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel(hostile, "正文"));

        var json = DataBlock().Match(html).Groups["json"].Value;
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", json, StringComparison.Ordinal);
        Assert.Contains("</script><p>after</p>", html, StringComparison.Ordinal);
        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("Title").GetString());
        Assert.Contains("正文", json, StringComparison.Ordinal);
    }
}
