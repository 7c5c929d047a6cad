using System.Text.Json.Nodes;
using HuijinCardHub.CardCodes.Services;
using HuijinCardHub.Catalog;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.CardCodes.Recipes;

/// <summary>
/// <c>{"name":"cardcodes","goodsId":1,"variantId":2,"codes":["AAAA-1111","卡号----密码"],"cost":"1.50","note":"样例"}</c>:
/// sample codes a shop template ships. "variantId", "cost" and "note" are optional. Codes already in stock are
/// skipped, so running the recipe again adds nothing twice. The codes are stored as samples, which a live shop never
/// sells, unless the step says <c>"sample": false</c> (a recipe that carries a shop's real stock).
/// </summary>
internal sealed class CardCodesRecipeStep : IRecipeStep
{
    public string Name => "cardcodes";

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        var problems = new List<Bilingual>();
        if (Id(step, "goodsId") is not > 0 && string.IsNullOrWhiteSpace(Text(step, "goods")))
        {
            problems.Add(new Bilingual("cardcodes 步骤需要正整数 goodsId 或商品地址 goods", "The cardcodes step needs a positive integer \"goodsId\" or a goods slug \"goods\""));
        }

        if (step["variantId"] is not null && Id(step, "variantId") is not > 0)
        {
            problems.Add(new Bilingual("cardcodes 步骤的 variantId 须为正整数", "The cardcodes step's \"variantId\" must be a positive integer"));
        }

        if (step["cost"] is not null && (!Money.TryParseYuan(Text(step, "cost"), out var cost) || cost.IsNegative))
        {
            problems.Add(new Bilingual("cardcodes 步骤的 cost 须为不小于 0 的金额，如 \"1.50\"", "The cardcodes step's \"cost\" must be an amount of at least 0, such as \"1.50\""));
        }

        if (step["sample"] is { } sample && (sample is not JsonValue flag || !flag.TryGetValue<bool>(out _)))
        {
            problems.Add(new Bilingual("cardcodes 步骤的 sample 须为 true 或 false", "The cardcodes step's \"sample\" must be true or false"));
        }

        if (Text(step, "note") is { Length: > 500 })
        {
            problems.Add(new Bilingual("cardcodes 步骤的 note 不能超过 500 个字符", "The cardcodes step's \"note\" cannot be longer than 500 characters"));
        }

        if (step["codes"] is not JsonArray codes || codes.Count == 0)
        {
            problems.Add(new Bilingual("cardcodes 步骤需要非空的 codes 数组", "The cardcodes step needs a non-empty \"codes\" array"));
            return problems;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            // A line break inside a code is a control character: Parse refuses it rather than splitting the code.
            var problem = codes[i] is JsonValue value && value.TryGetValue<string>(out var code)
                ? CodeLineParser.Parse(code, false).Problem
                : CodeLineParser.BadShape;
            if (problem is not null)
            {
                problems.Add(new Bilingual($"codes 第 {i + 1} 项：{problem.Chinese}", $"Item {i + 1} of codes: {problem.English}"));
            }
        }

        return problems;
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var stock = context.Services.GetRequiredService<CodeStock>();
        var samples = step["sample"]?.GetValue<bool>() ?? true;
        var codes = step["codes"]!.AsArray().Select(c => c!.GetValue<string>());
        Money.TryParseYuan(Text(step, "cost") ?? "0", out var cost);
        using var lines = new StringReader(string.Join('\n', codes));
        var (goodsId, variantId) = await TargetAsync(step, context.Services, cancellationToken);
        await stock.ImportAsync(goodsId, variantId, lines,
            new CodeBatchInfo(cost, Text(step, "note") ?? $"配方 {context.RecipeName}", "recipe"), samples, cancellationToken);
    }

    /// <summary>
    /// Shop templates name goods by slug (and variant by name; the only variant when there is one), since ids
    /// are not known before the catalogue step runs. Needs the catalogue feature for that.
    /// </summary>
    private static async Task<(long GoodsId, long? VariantId)> TargetAsync(JsonObject step, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Id(step, "goodsId") is { } goodsId)
        {
            return (goodsId, Id(step, "variantId"));
        }

        var slug = Text(step, "goods")!;
        var catalog = services.GetService<ICatalogQueries>()
            ?? throw new ShopException(new Bilingual("按商品地址导入卡密需要启用商品目录功能", "Importing codes by goods slug needs the catalogue feature"));
        var goods = await catalog.FindGoodsBySlugAsync(slug, cancellationToken)
            ?? throw new ShopException(new Bilingual($"商品「{slug}」不存在", $"Goods \"{slug}\" does not exist"));
        var variantName = Text(step, "variant");
        var variant = variantName is null
            ? (goods.Variants.Count == 1 ? goods.Variants[0] : null)
            : goods.Variants.FirstOrDefault(v => v.Name == variantName);
        if (variant is null)
        {
            throw new ShopException(new Bilingual($"商品「{slug}」请用 variant 指明规格", $"Goods \"{slug}\": name the variant with \"variant\""));
        }

        return (goods.Summary.Id, variant.Id);
    }

    private static long? Id(JsonObject step, string name) =>
        step[name] is JsonValue value && value.TryGetValue<long>(out var id) ? id : null;

    /// <summary>A string, or a number written as one ("cost": 1.5 reads as "1.5").</summary>
    private static string? Text(JsonObject step, string name) => step[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text.Trim(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
