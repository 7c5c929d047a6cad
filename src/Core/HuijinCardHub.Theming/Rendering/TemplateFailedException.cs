using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>A template failed while rendering (a limit, a bad filter use): which of the two, and why, in words for the merchant.</summary>
internal sealed class TemplateFailedException(bool inLayout, Exception inner) : ShopException(Describe(inner), inner)
{
    public bool InLayout { get; } = inLayout;

    private static Bilingual Describe(Exception inner) => inner is ShopException shop
        ? shop.Text
        : new Bilingual($"模板运行出错：{inner.Message}", $"The template failed while rendering: {inner.Message}");
}
