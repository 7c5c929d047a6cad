using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

/// <summary>A code held for an order, shown masked (e.g. "ABCD****WXYZ").</summary>
public sealed record ReservedCode(long CodeId, string MaskedPreview);
