using HuijinCardHub.Catalog;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>Counts every line; lists line numbers only up to the report's cap, so a huge bad file stays small.</summary>
internal sealed class ImportReportBuilder
{
    private readonly List<long> _duplicateLines = [];
    private readonly List<CodeImportLine> _invalidLines = [];

    public long Lines { get; set; }

    public long Accepted { get; private set; }

    public long Duplicates { get; private set; }

    public long Invalid { get; private set; }

    public void AddAccepted(int count) => Accepted += count;

    public void AddDuplicate(long line)
    {
        Duplicates++;
        if (_duplicateLines.Count < CodeImportReport.MaxListedLines)
        {
            _duplicateLines.Add(line);
        }
    }

    public void AddInvalid(long line, Bilingual reason)
    {
        Invalid++;
        if (_invalidLines.Count < CodeImportReport.MaxListedLines)
        {
            _invalidLines.Add(new CodeImportLine(line, reason));
        }
    }

    public CodeImportReport Build(long batchId) =>
        new(batchId, Lines, Accepted, Duplicates, Invalid, _duplicateLines.Order().ToList(), _invalidLines);
}
