using System.Globalization;

namespace HuijinCardHub.Bench;

/// <summary>The command line, with defaults sized for a 2-core machine.</summary>
internal sealed record BenchOptions(string Scenario, IReadOnlyList<string> Arguments)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/HuijinCardHub.Bench -- <scenario> [options]
          coldstart   [--restarts 3]                      time to /health/ready and to the first GET / (setup, then restarts)
          home        [--connections 32] [--duration 10] [--warmup 20]
                                                          req/s of the storefront home vs a bare Kestrel serving the same bytes
          goods       [--connections 32] [--duration 10] [--warmup 20]
                                                          the same for a goods page of recipe game-card-shop (/goods/qq-coins)
          import      [--lines 200000,1000000] [--postgres "Host=...;Username=..."]
                                                          card-code import rate through the admin upload, SQLite then PostgreSQL
                                                          (--postgres defaults to env HUIJIN_BENCH_POSTGRES; a fresh database is made and dropped)
          search                                          goods index in process: 100,000 generated goods, p50/p99 of 10,000 searches
          common      [--host path/to/HuijinCardHub.Web.dll]  (default: the Release build in the repository)
        """;

    private static readonly string[] Scenarios = ["coldstart", "home", "goods", "import", "search"];

    public string HostDll { get; init; } = RepositoryFolder.WebHostDll;

    public int Restarts { get; init; } = 3;

    public int Connections { get; init; } = 32;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    // The runtime's tiered JIT needs ~15 s of load before the shop's code is fully optimised (the goods page went
    // 3,100 → 6,200 → 11,200 → 13,900 req/s over successive 5 s runs on a fresh host): a 2 s warm-up measured
    // start-up, not the throughput a shop that has been running for a while gets.
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);

    public IReadOnlyList<int> ImportSizes { get; init; } = [200_000, 1_000_000];

    /// <summary>A PostgreSQL server to make a bench database on; null runs SQLite only.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("HUIJIN_BENCH_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>As typed, except a PostgreSQL connection string, which may hold a password.</summary>
    public string CommandLine => "dotnet run -c Release --project bench/HuijinCardHub.Bench -- " +
        string.Join(' ', Arguments.Select((a, i) => i > 0 && Arguments[i - 1] == "--postgres" ? "\"<connection string>\"" : a));

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
                "--lines" => options with { ImportSizes = value.Split(',').Select(Positive).ToList() },
                "--postgres" => options with { Postgres = value },
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
