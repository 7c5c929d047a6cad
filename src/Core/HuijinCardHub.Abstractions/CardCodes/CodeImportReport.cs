using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

/// <summary>
/// The outcome of an import. Counts cover every line; the line lists stop at <see cref="MaxListedLines"/> each.
/// </summary>
public sealed record CodeImportReport(
    long BatchId,
    long Lines,
    long Accepted,
    long Duplicates,
    long Invalid,
    IReadOnlyList<long> DuplicateLines,
    IReadOnlyList<CodeImportLine> InvalidLines)
{
    public const int MaxListedLines = 1000;
}
