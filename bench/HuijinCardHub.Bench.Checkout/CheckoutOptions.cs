using System.Globalization;

namespace HuijinCardHub.Bench.Checkout;

internal sealed record CheckoutOptions(int Workers, TimeSpan Duration, TimeSpan Warmup, string? Postgres)
{
    public static CheckoutOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("HUIJIN_BENCH_POSTGRES");
        return new CheckoutOptions(
            int.Parse(Value("--workers") ?? "4", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--duration") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup") ?? "20", CultureInfo.InvariantCulture)),
            string.IsNullOrWhiteSpace(postgres) ? null : postgres);
    }
}
