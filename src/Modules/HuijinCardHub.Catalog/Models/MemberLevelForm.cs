using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Models;

public sealed class MemberLevelForm
{
    public string? Name { get; set; }

    /// <summary>Percent paid: "95" = 95%.</summary>
    public string? Discount { get; set; } = "100";

    /// <summary>Lifetime spend in yuan.</summary>
    public string? Threshold { get; set; } = "0";

    public int SortOrder { get; set; }

    internal MemberLevelInput ToInput(List<Bilingual> errors) => new(
        (Name ?? "").Trim(),
        FormParse.Percent(Discount, 10_000, "会员折扣", "member discount", errors),
        FormParse.Yuan(Threshold, "升级门槛", "threshold", errors),
        SortOrder);

    internal static MemberLevelForm From(MemberLevel l) => new()
    {
        Name = l.Name, Discount = FormParse.PercentText(l.DiscountBasisPoints), Threshold = l.Threshold.ToYuanString(), SortOrder = l.SortOrder,
    };
}

internal sealed record MemberLevelPageModel(IReadOnlyList<MemberLevel> Levels, long? EditingId, MemberLevelForm Form, IReadOnlyList<string> Errors);
