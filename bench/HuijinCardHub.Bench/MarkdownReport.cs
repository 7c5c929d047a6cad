using System.Globalization;
using System.Text;

namespace HuijinCardHub.Bench;

/// <summary>The heading of a fragment pasted under "Figures" in bench/RESULTS.md.</summary>
internal static class MarkdownReport
{
    public static string Header(BenchOptions options, MachineInfo machine)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {options.Scenario}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {machine.Commit}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{options.CommandLine}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {machine.Cores} cores ({machine.Cpu}), {machine.OperatingSystem}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- .NET: {machine.Runtime}, SDK {machine.Sdk}; host `{Path.GetRelativePath(RepositoryFolder.Root, options.HostDll)}`");
        return text.ToString();
    }
}
