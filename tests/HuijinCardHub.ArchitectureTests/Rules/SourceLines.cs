using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>The code lines of a module's folder, comments left out, numbered as an editor numbers them.</summary>
internal static class SourceLines
{
    public static IEnumerable<(string File, int Line, string Code)> In(ModuleFolder module, string folder) =>
        module.SourceFiles(folder).SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (File: file, Line: index + 1, Code: line.TrimStart()))
            .Where(line => !line.Code.StartsWith("//", StringComparison.Ordinal) && !line.Code.StartsWith('*')));

    /// <summary>One violation per match, at its line.</summary>
    public static IEnumerable<Violation> Matches(SourceTree tree, string folder, string rule, Regex pattern, Func<Match, string> what) =>
        tree.Modules().SelectMany(module => In(module, folder))
            .SelectMany(line => pattern.Matches(line.Code)
                .Select(match => new Violation(rule, $"{tree.Relative(line.File)}:{line.Line}", what(match))));
}
