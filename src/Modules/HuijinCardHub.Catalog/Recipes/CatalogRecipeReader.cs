using System.Text.Json.Nodes;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Text;
using static HuijinCardHub.Catalog.Recipes.JsonRead;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>Reads and checks a "catalog" step; the same reading serves validation and execution.</summary>
internal static class CatalogRecipeReader
{
    public static CatalogRecipeModel Read(JsonObject step)
    {
        var model = new CatalogRecipeModel();
        var i = 0;
        foreach (var level in Objects(step, "levels"))
        {
            i++;
            var input = new MemberLevelInput(Str(level, "name") ?? "", Number(level, "discount") ?? 10_000, Yuan(level, "threshold") ?? Money.Zero, Number(level, "sortOrder") ?? i * 10);
            if (level["threshold"] is not null && Yuan(level, "threshold") is null)
            {
                model.Problems.Add(new Bilingual($"会员等级 {i}：门槛金额无效", $"Member level {i}: the threshold is not a valid amount"));
            }

            model.Problems.AddRange(CatalogRules.CheckLevel(input).Select(p => Prefix($"会员等级 {i}", $"Member level {i}", p)));
            model.Levels.Add(input);
        }

        ReadCategories(model, Objects(step, "categories"), null);
        i = 0;
        foreach (var goods in Objects(step, "goods"))
        {
            i++;
            model.Goods.Add(ReadGoods(model, goods, i));
        }

        Duplicates(model, model.Categories.Select(c => c.Input.Slug), "分类地址", "category address");
        Duplicates(model, model.Goods.Select(g => g.Input.Slug), "商品地址", "goods address");
        Duplicates(model, model.Levels.Select(l => l.Name), "会员等级", "member level");
        var knownLevels = model.Levels.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var goods in model.Goods)
        {
            if (goods.CategorySlug.Length == 0)
            {
                model.Problems.Add(new Bilingual($"商品「{goods.Input.Slug}」需要 category（分类地址）", $"Goods \"{goods.Input.Slug}\" needs a \"category\" (category address)"));
            }

            foreach (var unknown in goods.LevelNames.Where(n => !knownLevels.Contains(n)))
            {
                model.Problems.Add(new Bilingual($"商品「{goods.Input.Slug}」引用了未定义的会员等级「{unknown}」", $"Goods \"{goods.Input.Slug}\" names an undefined member level \"{unknown}\""));
            }
        }

        return model;
    }

    private static void ReadCategories(CatalogRecipeModel model, IEnumerable<JsonObject> items, string? parentSlug)
    {
        var order = 0;
        foreach (var item in items)
        {
            order += 10;
            var input = new CategoryInput(Str(item, "slug") ?? "", Str(item, "name") ?? "", null, Str(item, "icon"), Number(item, "sortOrder") ?? order, Flag(item, "visible") ?? true);
            model.Problems.AddRange(CatalogRules.CheckCategory(input).Select(p => Prefix($"分类「{input.Slug}」", $"Category \"{input.Slug}\"", p)));
            model.Categories.Add((input, parentSlug));
            ReadCategories(model, Objects(item, "children"), input.Slug);
        }
    }

    private static RecipeGoods ReadGoods(CatalogRecipeModel model, JsonObject item, int index)
    {
        var slug = Str(item, "slug") ?? "";
        var zh = $"商品「{slug}」";
        var en = $"Goods \"{slug}\"";
        var kindText = Str(item, "kind") ?? nameof(GoodsKind.Code);
        if (!TryKind(kindText, out var kind))
        {
            model.Problems.Add(new Bilingual(
                $"{zh}：类型「{kindText}」无效（Code、DirectTopUp、Manual，或插件类型 kind-N，N ≥ {PluginKindFloor}）",
                $"{en}: kind \"{kindText}\" is invalid (Code, DirectTopUp, Manual, or a plugin kind kind-N with N ≥ {PluginKindFloor})"));
        }

        var variants = new List<VariantInput>();
        var order = 0;
        foreach (var v in Objects(item, "variants"))
        {
            order += 10;
            var price = Yuan(v, "price");
            var cost = Yuan(v, "cost") ?? Money.Zero;
            if (price is null || (v["cost"] is not null && Yuan(v, "cost") is null))
            {
                model.Problems.Add(new Bilingual($"{zh}：规格 {order / 10} 的售价或成本不是有效金额", $"{en}: variant {order / 10} has an invalid price or cost"));
            }

            variants.Add(new VariantInput(null, Str(v, "name") ?? "", price ?? Money.Zero, cost, Number(v, "stock"), Flag(v, "enabled") ?? true, Number(v, "sortOrder") ?? order));
        }

        var inputs = new List<InputFieldInput>();
        foreach (var f in Objects(item, "inputs"))
        {
            var fieldKindText = Str(f, "kind") ?? nameof(BuyerInputKind.Text);
            if (!Enum.TryParse<BuyerInputKind>(fieldKindText, ignoreCase: true, out var fieldKind) || !Enum.IsDefined(fieldKind))
            {
                model.Problems.Add(new Bilingual($"{zh}：输入项类型「{fieldKindText}」无效（Text、Phone、QQ、Email、Number）", $"{en}: input kind \"{fieldKindText}\" is invalid (Text, Phone, QQ, Email, Number)"));
            }

            inputs.Add(new InputFieldInput(Str(f, "key") ?? "", Str(f, "label") ?? "", fieldKind, Flag(f, "required") ?? true, Str(f, "pattern"), Str(f, "placeholder")));
        }

        var tiers = Objects(item, "wholesale").Select(t => new TierInput(Number(t, "minQuantity") ?? 0, Number(t, "discount") ?? 0)).ToList();
        var rule = ReadRule(model, item, zh, en);
        var levels = item["visibleToLevels"] is JsonArray names
            ? names.OfType<JsonValue>().Select(n => n.TryGetValue<string>(out var s) ? s.Trim() : "").Where(s => s.Length > 0).ToList()
            : [];
        var input = new GoodsInput(
            slug, Str(item, "name") ?? "", 0, kind, Str(item, "summary"), Str(item, "description") ?? "",
            Str(item, "image"), Flag(item, "visible") ?? true, Flag(item, "hot") ?? false, Number(item, "sortOrder") ?? index * 10,
            Number(item, "minPerOrder") ?? 1, Number(item, "maxPerOrder") ?? 100, Number(item, "maxPerBuyerPerDay"),
            [], Number(item, "lowStockThreshold") ?? 0, variants, inputs, tiers, rule);
        // The category is named by slug and looked up when the step runs.
        model.Problems.AddRange(CatalogRules.CheckGoods(input with { CategoryId = 1 }).Select(p => Prefix(zh, en, p)));
        return new RecipeGoods(input, Str(item, "category") ?? "", levels, Str(item, "imageFile"));
    }

    /// <summary>Plugin kinds are numbered from here, so they never meet a kind the shop names later.</summary>
    private const int PluginKindFloor = 100;

    /// <summary>A built-in kind by name, or a plugin's kind by its key "kind-N" (what <see cref="GoodsKinds.KeyOf"/> gives).</summary>
    private static bool TryKind(string text, out GoodsKind kind)
    {
        const string prefix = "kind-";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            var digits = text[prefix.Length..];
            var number = 0;
            var ok = digits.All(char.IsAsciiDigit)
                && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number)
                && number >= PluginKindFloor;
            kind = ok ? (GoodsKind)number : GoodsKind.Code;
            return ok;
        }

        // Names only: Enum.TryParse would also take "7" or "100", a number nobody reserved.
        return Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !text.Any(char.IsAsciiDigit);
    }

    private static PricingRuleInput ReadRule(CatalogRecipeModel model, JsonObject item, string zh, string en)
    {
        if (item["pricing"] is not JsonObject pricing)
        {
            return PricingRuleInput.None;
        }

        var roundText = Str(pricing, "roundTo") ?? nameof(PriceRounding.None);
        if (!Enum.TryParse<PriceRounding>(roundText, ignoreCase: true, out var round) || !Enum.IsDefined(round))
        {
            model.Problems.Add(new Bilingual($"{zh}：取整方式「{roundText}」无效（none、jiao、yuan）", $"{en}: rounding \"{roundText}\" is invalid (none, jiao, yuan)"));
        }

        return new PricingRuleInput(Flag(pricing, "followCost") ?? false, Number(pricing, "markup") ?? 0, round);
    }

    private static void Duplicates(CatalogRecipeModel model, IEnumerable<string> values, string zh, string en)
    {
        foreach (var twice in values.Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            model.Problems.Add(new Bilingual($"{zh}「{twice.Key}」重复", $"The {en} \"{twice.Key}\" appears twice"));
        }
    }

    private static Bilingual Prefix(string zh, string en, Bilingual problem) => new($"{zh}：{problem.Chinese}", $"{en}: {problem.English}");
}
