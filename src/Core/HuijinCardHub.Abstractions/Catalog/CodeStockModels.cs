using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog;

/// <summary>What a merchant says about an import: unit cost of a code, a note, who imported.</summary>
public sealed record CodeBatchInfo(Money CostPerCode, string? Note = null, string? CreatedBy = null);

/// <summary>A line of an import file that was not taken, and why.</summary>
public sealed record CodeImportLine(long LineNumber, Bilingual Reason);

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

/// <summary>A code held for an order, shown masked (e.g. "ABCD****WXYZ").</summary>
public sealed record ReservedCode(long CodeId, string MaskedPreview);

/// <summary>A code in clear for its buyer: a card number, and a password when the code has one.</summary>
public sealed record DeliveredCode(long CodeId, string CardNumber, string? Password)
{
    /// <summary>One line as imported: "number password" or the code alone.</summary>
    public string Text => Password is null ? CardNumber : CardNumber + " " + Password;

    /// <summary>Never the code itself, so a record printed to a log leaks nothing.</summary>
    public override string ToString() => $"DeliveredCode {CodeId}";
}
