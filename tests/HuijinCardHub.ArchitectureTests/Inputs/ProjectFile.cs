using System.Xml.Linq;

namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>
/// A project file read as XML. The broken fixture names its projects <c>*.csproj.fixture</c>
/// so no build tool ever picks them up; both spellings are the same input to the rules.
/// </summary>
internal sealed record ProjectFile(string Path, string Name, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences)
{
    public static readonly string[] Patterns = ["*.csproj", "*.csproj.fixture"];

    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    public static ProjectFile Read(string path)
    {
        var document = XDocument.Load(path);
        var folder = System.IO.Path.GetDirectoryName(path)!;
        var projectReferences = Includes(document, "ProjectReference")
            .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, include.Replace('\\', '/'))))
            .ToList();
        var name = System.IO.Path.GetFileName(path);
        name = name[..name.IndexOf(".csproj", StringComparison.Ordinal)];
        return new ProjectFile(path, name, projectReferences, Includes(document, "PackageReference").ToList());
    }

    public static ProjectFile? FindIn(string folder) =>
        Patterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)).Select(Read).FirstOrDefault();

    private static IEnumerable<string> Includes(XDocument document, string item) =>
        document.Descendants().Where(e => e.Name.LocalName == item)
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "")
            .Where(include => include.Length > 0);
}
