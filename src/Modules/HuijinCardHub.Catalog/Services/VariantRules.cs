using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

internal static class VariantRules
{
    public static IEnumerable<Bilingual> Check(IReadOnlyList<VariantInput> variants)
    {
        if (variants.Count == 0)
        {
            yield return new Bilingual("商品至少需要一个规格", "The goods needs at least one variant");
            yield break;
        }

        if (variants.Count > CatalogLimits.MaxVariants)
        {
            yield return new Bilingual($"规格最多 {CatalogLimits.MaxVariants} 个", $"At most {CatalogLimits.MaxVariants} variants");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var zh = $"规格 {i + 1}";
            var en = $"variant {i + 1}";
            if (string.IsNullOrWhiteSpace(v.Name) || v.Name.Length > CatalogLimits.MaxNameLength)
            {
                yield return new Bilingual($"{zh}：请填写名称（最多 {CatalogLimits.MaxNameLength} 个字符）", $"{Capital(en)}: a name is required (at most {CatalogLimits.MaxNameLength} characters)");
            }
            else if (!names.Add(v.Name))
            {
                yield return new Bilingual($"规格名称「{v.Name}」重复", $"The variant name \"{v.Name}\" appears twice");
            }

            foreach (var problem in PriceRule.Check(v.Price, zh + "的售价", "price of " + en))
            {
                yield return problem;
            }

            foreach (var problem in PriceRule.Check(v.Cost, zh + "的成本", "cost of " + en))
            {
                yield return problem;
            }

            if (v.ManualStock is < 0 or > CatalogLimits.MaxStock)
            {
                yield return new Bilingual($"{zh}的库存须在 0 到 {CatalogLimits.MaxStock} 之间", $"The stock of {en} must be between 0 and {CatalogLimits.MaxStock}");
            }
        }
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
