using HuijinCardHub.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HuijinCardHub.Tests.Localization;

public sealed class CultureSwitchTests
{
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example")]
    [InlineData("")]
    [InlineData(null)]
    public void A_non_local_return_url_goes_to_the_site_root(string? returnUrl)
    {
        var (_, redirect) = CultureSwitch.Resolve("en-US", returnUrl);

        Assert.Equal("/", redirect);
    }

    [Fact]
    public void A_local_return_url_is_kept()
    {
        Assert.Equal(("en-US", "/pages/about?x=1"), CultureSwitch.Resolve("en-US", "/pages/about?x=1"));
    }

    [Theory]
    [InlineData("en", "en-US")]
    [InlineData("EN-us", "en-US")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("fr-FR", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public void Only_supported_cultures_are_remembered(string? requested, string expected)
    {
        Assert.Equal(expected, CultureSwitch.Resolve(requested, "/").Culture);
    }

    [Fact]
    public async Task The_endpoint_sets_the_culture_cookie_and_redirects_locally()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };

        var result = CultureSwitch.Handle(context, "en-US", "https://evil.example/");
        await result.ExecuteAsync(context);

        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.Contains(".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("/", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public void Request_localization_defaults_to_chinese_and_reads_query_cookie_then_header()
    {
        var options = LocalizationExtensions.CreateRequestLocalizationOptions();

        Assert.Equal("zh-CN", options.DefaultRequestCulture.UICulture.Name);
        Assert.Equal(["zh-CN", "en-US"], options.SupportedUICultures!.Select(c => c.Name));
        Assert.Collection(options.RequestCultureProviders,
            p => Assert.IsType<Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider>(p),
            p => Assert.IsType<Microsoft.AspNetCore.Localization.CookieRequestCultureProvider>(p),
            p => Assert.IsType<Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider>(p));
    }
}
