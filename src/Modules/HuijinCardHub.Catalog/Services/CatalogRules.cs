using System.Text.RegularExpressions;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

/// <summary>The rules categories, goods and levels must meet: the same for the admin forms and the recipe step.</summary>
internal static partial class CatalogRules
{
    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    public static IEnumerable<Bilingual> CheckCategory(CategoryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!IsValidSlug(input.Slug))
        {
            yield return BadSlug("分类", "category", input.Slug);
        }

        foreach (var problem in CheckName("分类名称", "category name", input.Name))
        {
            yield return problem;
        }

        if (input.Icon is { Length: > 200 })
        {
            yield return new Bilingual("图标最多 200 个字符", "The icon can have at most 200 characters");
        }
    }

    public static IEnumerable<Bilingual> CheckGoods(GoodsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Bilingual>();
        if (!IsValidSlug(input.Slug))
        {
            problems.Add(BadSlug("商品", "goods", input.Slug));
        }

        problems.AddRange(CheckName("商品名称", "goods name", input.Name));
        if (input.CategoryId <= 0)
        {
            problems.Add(new Bilingual("请选择商品分类", "Choose a category for the goods"));
        }

        if (input.Summary is { Length: > CatalogLimits.MaxSummaryLength })
        {
            problems.Add(new Bilingual($"简介最多 {CatalogLimits.MaxSummaryLength} 个字符", $"The summary can have at most {CatalogLimits.MaxSummaryLength} characters"));
        }

        if (input.DescriptionHtml.Length > CatalogLimits.MaxDescriptionLength)
        {
            problems.Add(new Bilingual($"详情最多 {CatalogLimits.MaxDescriptionLength} 个字符", $"The description can have at most {CatalogLimits.MaxDescriptionLength} characters"));
        }

        if (input.ImageUrl is { Length: > 0 } url && (url.Length > CatalogLimits.MaxUrlLength || !IsSafeImageUrl(url)))
        {
            problems.Add(new Bilingual("图片地址须以 http://、https:// 或 / 开头", "The image address must start with http://, https:// or /"));
        }

        problems.AddRange(QuantityRule.Check(input.MinPerOrder, "每单最少购买数量", "minimum per order"));
        problems.AddRange(QuantityRule.Check(input.MaxPerOrder, "每单最多购买数量", "maximum per order"));
        if (input.MinPerOrder > input.MaxPerOrder)
        {
            problems.Add(new Bilingual("每单最少数量不能大于最多数量", "The minimum per order cannot exceed the maximum per order"));
        }

        if (input.MaxPerBuyerPerDay is { } daily)
        {
            problems.AddRange(QuantityRule.Check(daily, "每人每天限购数量", "daily limit per buyer"));
        }

        if (input.LowStockThreshold is < 0 or > CatalogLimits.MaxQuantity)
        {
            problems.Add(new Bilingual($"库存预警值须在 0 到 {CatalogLimits.MaxQuantity} 之间", $"The low-stock threshold must be between 0 and {CatalogLimits.MaxQuantity}"));
        }

        problems.AddRange(VariantRules.Check(input.Variants));
        problems.AddRange(InputFieldRules.Check(input.Inputs));
        problems.AddRange(TierRules.Check(input.Tiers));
        if (input.Rule.MarkupBasisPoints is < 0 or > CatalogLimits.MaxMarkupBasisPoints)
        {
            problems.Add(new Bilingual("加价比例须在 0% 到 1000% 之间", "The markup must be between 0% and 1000%"));
        }

        return problems;
    }

    public static IEnumerable<Bilingual> CheckLevel(MemberLevelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var problem in CheckName("等级名称", "level name", input.Name))
        {
            yield return problem;
        }

        if (input.DiscountBasisPoints is < 1 or > 10_000)
        {
            yield return new Bilingual("会员折扣须在 0.01% 到 100%（不打折）之间", "The member discount must be between 0.01% and 100% (no discount)");
        }

        foreach (var problem in PriceRule.Check(input.Threshold, "升级门槛", "threshold"))
        {
            yield return problem;
        }
    }

    private static IEnumerable<Bilingual> CheckName(string zh, string en, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new Bilingual($"请填写{zh}", $"The {en} is required");
        }
        else if (name.Length > CatalogLimits.MaxNameLength)
        {
            yield return new Bilingual($"{zh}最多 {CatalogLimits.MaxNameLength} 个字符", $"The {en} can have at most {CatalogLimits.MaxNameLength} characters");
        }
    }

    private static Bilingual BadSlug(string zh, string en, string slug) => new(
        $"{zh}地址「{slug}」无效：只能使用小写字母、数字和连字符，最多 64 个字符",
        $"The {en} address \"{slug}\" is invalid: use lower-case letters, digits and hyphens, at most 64 characters");

    private static bool IsSafeImageUrl(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex SlugPattern();
}
