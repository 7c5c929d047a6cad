using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

/// <summary>What a merchant says about an import: unit cost of a code, a note, who imported.</summary>
public sealed record CodeBatchInfo(Money CostPerCode, string? Note = null, string? CreatedBy = null);
