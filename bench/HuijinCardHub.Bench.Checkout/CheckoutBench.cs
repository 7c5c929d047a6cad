using System.Diagnostics;
using System.Globalization;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Recipes;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>
/// Checkout throughput: orders per second for code goods, placed and paid (which delivers), through the real
/// services in process, against a raw-SQL baseline doing the same row changes on the same database in the same run.
/// Usage: dotnet run -c Release --project bench/HuijinCardHub.Bench.Checkout -- [--workers 4] [--duration 10] [--postgres "Host=..."]
/// </summary>
internal static class CheckoutBench
{
    public static async Task<int> Main(string[] args)
    {
        var options = CheckoutOptions.Parse(args);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HUIJINCARDHUB_WEB", BenchShop.WebProjectFolder());
        var rows = new List<string>();
        foreach (var postgres in new[] { null, options.Postgres }.Distinct())
        {
            if (postgres is null && rows.Count > 0)
            {
                continue;
            }

            rows.AddRange(await RunOnAsync(options, postgres));
        }

        Console.WriteLine($"### checkout, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"- Command: `dotnet run -c Release --project bench/HuijinCardHub.Bench.Checkout -- --workers {options.Workers} --duration {options.Duration.TotalSeconds}{(options.Postgres is null ? "" : " --postgres <server>")}`");
        Console.WriteLine($"- Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine($"Shop from recipe `game-card-shop`, in process; {options.Workers} concurrent buyers (members, one code each), warm-up {options.Warmup.TotalSeconds:0} s per side, then measured {options.Duration.TotalSeconds:0} s per side in alternating rounds of {Load.Round.TotalSeconds:0} s (shop, baseline, shop, ...). " +
            "**Shop**: `Checkout.PlaceAsync` (pricing pipeline, limits, order + line + reservation + timeline in one transaction) then `IOrderPayments.ConfirmPaidAsync` " +
            "(amount check, paid, then in the same transaction under a savepoint the delivery: sell codes, lines fulfilled, delivered; an outbox job only when the delivery fails, a mail job only for buyers who gave an e-mail, neither here). **Raw SQL**: the same inserts and updates as hand-written statements on one connection per buyer, in the same two transactions, no ORM, no pricing, no checks.");
        Console.WriteLine();
        Console.WriteLine("| Database | Side | orders | orders/s | p50 | p99 | codes sold twice |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }

        return 0;
    }

    private static async Task<IReadOnlyList<string>> RunOnAsync(CheckoutOptions options, string? postgres)
    {
        var label = postgres is null ? "SQLite" : "PostgreSQL";
        await using var shop = new BenchShop(postgres);
        Console.Error.WriteLine($"checkout: setting up the shop on {label}...");
        var shell = await shop.Services.GetRequiredService<ShellHost>().GetAsync(ShellSettings.DefaultName);
        var codes = options.Workers * (int)(options.Duration + options.Warmup).TotalSeconds * 1500;
        var real = await CodeGoodsAsync(shell.Services, "bench-shop", codes);
        var raw = await CodeGoodsAsync(shell.Services, "bench-raw", codes);
        string connectionString;
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<IShellDatabase>().ConnectionString;
        }

        var (shopResult, rawResult) = await Load.RunAlternatingAsync(options,
            worker => new ShopBuyer(shell.Services, real, worker),
            worker => new RawBuyer(connectionString, postgres is not null, raw, worker),
            step => Console.Error.WriteLine("checkout: " + step));
        var twiceShop = await SoldTwice.CountAsync(connectionString, postgres is not null, real.GoodsId);
        var twiceRaw = await SoldTwice.CountAsync(connectionString, postgres is not null, raw.GoodsId);
        return
        [
            Row(label, "raw SQL baseline", rawResult, twiceRaw),
            Row(label, "shop checkout", shopResult, twiceShop),
            $"| {label} | **shop / raw** | | **{shopResult.PerSecond / rawResult.PerSecond:0.00}** | | | |",
        ];
    }

    private static string Row(string label, string side, LoadResult result, long twice) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {side} | {result.Count:N0} | {result.PerSecond:N0} | {result.P50.TotalMilliseconds:0.0} ms | {result.P99.TotalMilliseconds:0.0} ms | {twice} |");

    private static async Task<VariantInfo> CodeGoodsAsync(IServiceProvider shell, string slug, int codes)
    {
        var recipe = $$"""
        { "name": "{{slug}}", "steps": [ { "name": "catalog", "goods": [ { "slug": "{{slug}}", "name": "压测点卡 {{slug}}", "category": "hot-games", "kind": "Code",
            "maxPerOrder": 10, "variants": [ { "name": "10元", "price": "9.80", "cost": "5.00" } ] } ] } ] }
        """;
        await using (var scope = shell.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunJsonAsync(recipe);
        }

        await using var read = shell.CreateAsyncScope();
        var goods = await read.ServiceProvider.GetRequiredService<ICatalogQueries>().FindGoodsBySlugAsync(slug) ?? throw new InvalidOperationException(slug);
        var variant = goods.Variants[0];
        var lines = new StringReader(string.Join('\n', Enumerable.Range(1, codes).Select(i => $"{slug}-{i:D8}----{i * 7919 % 1_000_000:D6}")));
        var watch = Stopwatch.StartNew();
        var report = await read.ServiceProvider.GetRequiredService<ICodeStock>().ImportAsync(goods.Summary.Id, variant.Id, lines, new CodeBatchInfo(new Money(500)));
        Console.Error.WriteLine($"checkout: {report.Accepted:N0} codes for {slug} in {watch.Elapsed.TotalSeconds:0.0} s");
        return variant;
    }
}
