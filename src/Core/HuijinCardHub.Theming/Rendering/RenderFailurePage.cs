using System.Net;
using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// What a buyer sees when even the theme's own template cannot render: a plain page (no template, so it cannot
/// fail the same way) saying what happened in both languages.
/// </summary>
internal static class RenderFailurePage
{
    public static string Html(Bilingual reason) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面暂时无法显示 / Page unavailable</title></head><body>" +
        "<h1>页面暂时无法显示</h1><p>" + WebUtility.HtmlEncode(reason.Chinese) + "</p>" +
        "<h1 lang=\"en\">This page cannot be shown right now</h1><p lang=\"en\">" + WebUtility.HtmlEncode(reason.English) + "</p>" +
        "<p><a href=\"/\">返回首页 / Home</a></p></body></html>";
}
