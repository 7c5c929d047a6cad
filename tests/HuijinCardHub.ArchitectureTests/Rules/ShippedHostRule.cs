using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// What ships is the host under src/Web and what it references, directly or through another project. Nothing under
/// tests/ (the sample plugin module, test probes) may be among them: the test host adds those to its module catalogue
/// itself.
/// </summary>
internal static class ShippedHostRule
{
    public const string Name = "shipped-host";

    public static IReadOnlyList<Violation> Check(SourceTree tree)
    {
        var tests = Path.Combine(tree.Root, "tests") + Path.DirectorySeparatorChar;
        var web = Path.Combine(tree.Root, "src", "Web");
        var hosts = Directory.Exists(web)
            ? Directory.EnumerateDirectories(web).Select(ProjectFile.FindIn).OfType<ProjectFile>().ToList()
            : [];
        var violations = new List<Violation>();
        foreach (var host in hosts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<ProjectFile>([host]);
            while (queue.TryDequeue(out var project))
            {
                foreach (var reference in project.ProjectReferences.Where(seen.Add))
                {
                    if (reference.StartsWith(tests, StringComparison.Ordinal))
                    {
                        violations.Add(new Violation(Name, tree.Relative(host.Path),
                            $"ships {tree.Relative(reference)} (through {tree.Relative(project.Path)}); projects under tests/ are never shipped"));
                    }
                    else if (File.Exists(reference))
                    {
                        queue.Enqueue(ProjectFile.Read(reference));
                    }
                }
            }
        }

        return violations;
    }
}
