using System.Globalization;
using HuijinCardHub.Localization;
using Xunit;

namespace HuijinCardHub.Tests.Localization;

public sealed class JsonStringLocalizerTests
{
    private static readonly TranslationSet Translations = TranslationSet.FromJson(new Dictionary<string, string>
    {
        ["en-US"] = """{ "订单": "Order", "共 {0} 件": "{0} items" }""",
    });

    [Fact]
    public void English_reads_the_translation_and_chinese_returns_the_key()
    {
        var localizer = new JsonStringLocalizer(Translations);

        var english = InCulture("en-US", () => localizer["订单"]);
        var chinese = InCulture("zh-CN", () => localizer["订单"]);

        Assert.Equal("Order", english.Value);
        Assert.False(english.ResourceNotFound);
        Assert.Equal("订单", chinese.Value);
    }

    [Fact]
    public void A_missing_translation_falls_back_to_the_chinese_key()
    {
        var localizer = new JsonStringLocalizer(Translations);

        var missing = InCulture("en-US", () => localizer["卡密"]);

        Assert.Equal("卡密", missing.Value);
        Assert.True(missing.ResourceNotFound);
    }

    [Fact]
    public void Arguments_are_formatted_into_the_translation()
    {
        var localizer = new JsonStringLocalizer(Translations);

        Assert.Equal("3 items", InCulture("en-US", () => localizer["共 {0} 件", 3].Value));
        Assert.Equal("共 3 件", InCulture("zh-CN", () => localizer["共 {0} 件", 3].Value));
    }

    [Fact]
    public void The_factory_returns_keys_for_an_assembly_without_translations()
    {
        var localizer = new JsonStringLocalizerFactory().Create(typeof(JsonStringLocalizerTests));

        Assert.Equal("首页", InCulture("en-US", () => localizer["首页"].Value));
    }

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
