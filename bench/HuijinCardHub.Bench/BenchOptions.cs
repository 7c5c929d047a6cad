using System.Globalization;

namespace HuijinCardHub.Bench;

/// <summary>The command line, with defaults sized for a 2-core machine.</summary>
internal sealed record BenchOptions(string Scenario, IReadOnlyList<string> Arguments)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/HuijinCardHub.Bench -- <scenario> [options]
          coldstart   [--restarts 3]                      time to /health/ready and to the first GET / (setup, then restarts)
          home        [--connections 32] [--duration 10] [--warmup 2]
                                                          req/s of the storefront home vs a bare Kestrel serving the same bytes
          common      [--host path/to/HuijinCardHub.Web.dll]  (default: the Release build in the repository)
        """;

    private static readonly string[] Scenarios = ["coldstart", "home"];

    public string HostDll { get; init; } = RepositoryFolder.WebHostDll;

    public int Restarts { get; init; } = 3;

    public int Connections { get; init; } = 32;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public string CommandLine => "dotnet run -c Release --project bench/HuijinCardHub.Bench -- " + string.Join(' ', Arguments);

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Scenarios.Contains(args[0]) || args.Length % 2 == 0)
        {
            return null;
        }

        var options = new BenchOptions(args[0], args);
        for (var i = 1; i < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--host" => options with { HostDll = Path.GetFullPath(value) },
                "--restarts" => options with { Restarts = Positive(value) },
                "--connections" => options with { Connections = Positive(value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(value)) },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"Expected a positive whole number, got '{value}'.");
}
