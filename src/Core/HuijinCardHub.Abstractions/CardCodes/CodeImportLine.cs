using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

/// <summary>A line of an import file that was not taken, and why.</summary>
public sealed record CodeImportLine(long LineNumber, Bilingual Reason);
