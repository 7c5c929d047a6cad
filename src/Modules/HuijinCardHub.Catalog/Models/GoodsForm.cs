using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Models;

/// <summary>The goods form with its variant, input field and tier rows; rows left without a name are ignored.</summary>
public sealed class GoodsForm
{
    public const int BlankRows = 2;

    public string? Slug { get; set; }

    public string? Name { get; set; }

    public long CategoryId { get; set; }

    public GoodsKind Kind { get; set; }

    public string? Summary { get; set; }

    public string? DescriptionHtml { get; set; }

    public string? ImageUrl { get; set; }

    public bool Visible { get; set; } = true;

    public bool Hot { get; set; }

    public int SortOrder { get; set; }

    public string? MinPerOrder { get; set; } = "1";

    public string? MaxPerOrder { get; set; } = "100";

    public string? MaxPerBuyerPerDay { get; set; }

    public string? LowStockThreshold { get; set; } = "0";

    public List<long> VisibleToLevels { get; set; } = [];

    public bool FollowCost { get; set; }

    /// <summary>Percent over cost: "5" = +5%.</summary>
    public string? Markup { get; set; }

    /// <summary>0 none, 1 jiao, 2 yuan.</summary>
    public int RoundTo { get; set; }

    public List<VariantRow> Variants { get; set; } = [];

    public List<InputFieldRow> Inputs { get; set; } = [];

    public List<TierRow> Tiers { get; set; } = [];

    internal GoodsInput ToInput(List<Bilingual> errors)
    {
        var variants = Variants.Where(v => !string.IsNullOrWhiteSpace(v.Name)).Select((v, i) => new VariantInput(
            v.Id is > 0 ? v.Id : null,
            v.Name!.Trim(),
            FormParse.Yuan(v.Price, $"规格「{v.Name}」的售价", $"price of variant \"{v.Name}\"", errors),
            FormParse.Yuan(v.Cost, $"规格「{v.Name}」的成本", $"cost of variant \"{v.Name}\"", errors),
            FormParse.OptionalInt(v.Stock, $"规格「{v.Name}」的库存", $"stock of variant \"{v.Name}\"", errors),
            v.Enabled,
            (i + 1) * 10)).ToList();
        var inputs = Inputs.Where(f => !string.IsNullOrWhiteSpace(f.Key) || !string.IsNullOrWhiteSpace(f.Label))
            .Select(f => new InputFieldInput((f.Key ?? "").Trim(), (f.Label ?? "").Trim(), f.Kind, f.Required, f.Pattern, f.Placeholder)).ToList();
        var tiers = Tiers.Where(t => !string.IsNullOrWhiteSpace(t.MinQuantity))
            .Select(t => new TierInput(
                FormParse.Int(t.MinQuantity, 0, "批发起购数量", "wholesale quantity", errors),
                FormParse.Percent(t.Discount, 0, "批发折扣", "wholesale discount", errors))).ToList();
        return new GoodsInput(
            (Slug ?? "").Trim().ToLowerInvariant(), (Name ?? "").Trim(), CategoryId, Kind, Summary, DescriptionHtml ?? "", ImageUrl,
            Visible, Hot, SortOrder,
            FormParse.Int(MinPerOrder, 1, "每单最少购买数量", "minimum per order", errors),
            FormParse.Int(MaxPerOrder, 100, "每单最多购买数量", "maximum per order", errors),
            FormParse.OptionalInt(MaxPerBuyerPerDay, "每人每天限购数量", "daily limit per buyer", errors),
            VisibleToLevels,
            FormParse.Int(LowStockThreshold, 0, "库存预警值", "low-stock threshold", errors),
            variants, inputs, tiers,
            new PricingRuleInput(FollowCost, FormParse.Percent(Markup, 0, "加价比例", "markup", errors), Enum.IsDefined((PriceRounding)RoundTo) ? (PriceRounding)RoundTo : PriceRounding.None));
    }

    /// <summary>Leaves a few empty rows so a merchant can add a variant, an input or a tier without script.</summary>
    internal GoodsForm WithBlankRows()
    {
        Variants.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new VariantRow()));
        Inputs.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new InputFieldRow()));
        Tiers.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new TierRow()));
        return this;
    }

    internal static GoodsForm From(GoodsAggregate a) => new()
    {
        Slug = a.Goods.Slug,
        Name = a.Goods.Name,
        CategoryId = a.Goods.CategoryId,
        Kind = a.Goods.Kind,
        Summary = a.Goods.Summary,
        DescriptionHtml = a.Goods.DescriptionHtml,
        ImageUrl = a.Goods.ImageUrl,
        Visible = a.Goods.Visible,
        Hot = a.Goods.Hot,
        SortOrder = a.Goods.SortOrder,
        MinPerOrder = a.Goods.MinPerOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MaxPerOrder = a.Goods.MaxPerOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MaxPerBuyerPerDay = a.Goods.MaxPerBuyerPerDay?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LowStockThreshold = a.Goods.LowStockThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        VisibleToLevels = a.Goods.VisibleLevelIds().ToList(),
        FollowCost = a.Goods.FollowCost,
        Markup = FormParse.PercentText(a.Goods.MarkupBasisPoints),
        RoundTo = (int)a.Goods.RoundTo,
        Variants = a.Variants.Select(v => new VariantRow
        {
            Id = v.Id, Name = v.Name, Price = v.Price.ToYuanString(), Cost = v.Cost.ToYuanString(),
            Stock = v.ManualStock?.ToString(System.Globalization.CultureInfo.InvariantCulture), Enabled = v.Enabled,
        }).ToList(),
        Inputs = a.Inputs.Select(f => new InputFieldRow { Key = f.Key, Label = f.Label, Kind = f.Kind, Required = f.Required, Pattern = f.Pattern, Placeholder = f.Placeholder }).ToList(),
        Tiers = a.Tiers.Select(t => new TierRow
        {
            MinQuantity = t.MinQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture), Discount = FormParse.PercentText(t.DiscountBasisPoints),
        }).ToList(),
    };
}

public sealed class VariantRow
{
    public long? Id { get; set; }

    public string? Name { get; set; }

    public string? Price { get; set; }

    public string? Cost { get; set; }

    /// <summary>Manual stock; empty means unlimited.</summary>
    public string? Stock { get; set; }

    public bool Enabled { get; set; } = true;
}

public sealed class InputFieldRow
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public BuyerInputKind Kind { get; set; }

    public bool Required { get; set; } = true;

    public string? Pattern { get; set; }

    public string? Placeholder { get; set; }
}

public sealed class TierRow
{
    public string? MinQuantity { get; set; }

    /// <summary>Percent paid: "98" = 98%.</summary>
    public string? Discount { get; set; }
}

internal sealed record GoodsEditModel(long? Id, GoodsForm Form, IReadOnlyList<Category> Categories, IReadOnlyList<MemberLevel> Levels, IReadOnlyList<string> Errors);

internal sealed record GoodsListModel(IReadOnlyList<Goods> Goods, IReadOnlyList<Category> Categories, long? CategoryId, string? Query);
