using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Bench;

/// <summary>
/// Card-code import as a merchant does it: the admin import form, a generated .txt uploaded as multipart,
/// timed from the first byte sent to the report page received, on SQLite and (when given) PostgreSQL.
/// The host's resident memory is sampled during each import: a streamed import keeps it flat.
/// </summary>
internal static partial class ImportScenario
{
    /// <summary>Goods of the game-card template sold without variants (recipes/game-card-shop.recipe.json).</summary>
    private const string GoodsSlug = "netease-card";

    // Enough lines for the tiered JIT to optimise the import path, as it is on a shop that has been running a while.
    // 20,000 were not: three 200,000-line imports in a row on PostgreSQL ran at 49,504, 52,882 and 61,141 lines/s
    // while the host's CPU per line fell from 17 to 12 µs (2026-11-25).
    private const int WarmupLines = 200_000;

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var rows = new List<ImportRow>();
        rows.AddRange(await RunOnAsync(options, null, cancellationToken));
        if (options.Postgres is { } server)
        {
            await using var database = await PostgresDatabase.CreateAsync(server, cancellationToken);
            rows.AddRange(await RunOnAsync(options, database.ConnectionString, cancellationToken));
        }
        else
        {
            Console.Error.WriteLine("import: no --postgres or HUIJIN_BENCH_POSTGRES given, SQLite only.");
        }

        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture,
            $"Shop from recipe `game-card-shop`, goods `{GoodsSlug}`; each file is posted to `/admin/card-codes/import` as a signed-in administrator after a {WarmupLines:N0}-line warm-up import. ");
        table.AppendLine(
            "Every third line is `card----password`, 5% of lines are duplicates (half within the file, half of codes already in stock). " +
            "Time is from the start of the upload to the report page; host CPU is the user+kernel time the host used meanwhile (the database server's own CPU, for PostgreSQL, is not in it); RSS is the host's resident memory, sampled every 20 ms.");
        table.AppendLine();
        table.AppendLine("| Database | Lines | File | Accepted | Duplicates | Time | lines/s | host CPU | RSS before | peak RSS during |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            table.AppendLine(row.ToMarkdown());
        }

        return table.ToString();
    }

    private static async Task<List<ImportRow>> RunOnAsync(BenchOptions options, string? postgres, CancellationToken cancellationToken)
    {
        var setup = new ShopSetup("game-card-shop", postgres);
        using var appData = new TempAppData();
        await using var host = BenchHost.Start(options.HostDll, appData.Path, setup);
        Console.Error.WriteLine($"import: starting and setting up the shop on {setup.DatabaseLabel}...");
        await host.WaitForOkAsync("/health/ready", cancellationToken);
        using var admin = await AdminSession.SignInAsync(host.BaseAddress, cancellationToken);
        var goodsId = GoodsIdOf(await admin.GetStringAsync("/admin/catalog/goods", cancellationToken));

        var previous = await ImportAsync(admin, host, goodsId, WarmupLines, run: 0, previous: null, appData.Path, setup, cancellationToken);
        var rows = new List<ImportRow>();
        for (var run = 1; run <= options.ImportSizes.Count; run++)
        {
            var lines = options.ImportSizes[run - 1];
            Console.Error.WriteLine($"import: {lines:N0} lines on {setup.DatabaseLabel}...");
            var row = await ImportAsync(admin, host, goodsId, lines, run, previous.File, appData.Path, setup, cancellationToken);
            rows.Add(row);
            previous = row;
        }

        return rows;
    }

    private static async Task<ImportRow> ImportAsync(
        AdminSession admin, BenchHost host, long goodsId, int lines, int run, CodeFile? previous, string folder, ShopSetup setup, CancellationToken cancellationToken)
    {
        var file = CodeFile.Write(Path.Combine(folder, $"codes-{run}.txt"), lines, run, previous);
        var page = $"/admin/card-codes/import?goodsId={goodsId}";
        var token = await admin.TokenAsync(page, cancellationToken);
        var bytes = new FileInfo(file.Path).Length;
        var before = host.WorkingSet;
        var cpuBefore = host.CpuTime;

        await using var upload = File.OpenRead(file.Path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(goodsId.ToString(CultureInfo.InvariantCulture)), "GoodsId" },
            { new StringContent("1.00"), "Cost" },
            { new StringContent($"bench run {run}"), "Note" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var content = new StreamContent(upload, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(content, "File", $"codes-{run}.txt");

        var clock = Stopwatch.StartNew();
        string answer;
        long peak;
        await using (var memory = new PeakWorkingSet(host))
        {
            using var response = await admin.PostFormAsync("/admin/card-codes/import", form, cancellationToken);
            answer = await response.Content.ReadAsStringAsync(cancellationToken);
            peak = await memory.StopAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The import answered {(int)response.StatusCode}.");
            }
        }

        var elapsed = clock.Elapsed;
        var cpu = host.CpuTime - cpuBefore;
        var report = ReportPattern().Match(answer);
        if (!report.Success)
        {
            throw new InvalidOperationException("The import page shows no report: " + answer[..Math.Min(answer.Length, 2000)]);
        }

        var counted = (Lines: Number(report, 1), Accepted: Number(report, 2), Duplicates: Number(report, 3), Invalid: Number(report, 4));
        if (counted != (file.Lines, file.Unique, file.Duplicates, 0))
        {
            throw new InvalidOperationException(
                $"The import reported {counted}, the file holds {file.Lines} lines, {file.Unique} new codes, {file.Duplicates} duplicates.");
        }

        File.Delete(file.Path);
        return new ImportRow(setup.DatabaseLabel, file, bytes, elapsed, cpu, before, peak);
    }

    private static long GoodsIdOf(string goodsList)
    {
        var match = Regex.Match(goodsList, $"<code>/goods/{GoodsSlug}</code>.*?/admin/catalog/goods/(\\d+)\"", RegexOptions.Singleline);
        return match.Success
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The goods list shows no /goods/{GoodsSlug}: was the shop set up from recipe game-card-shop?");
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"共 (\d+) 行：成功 (\d+)，重复 (\d+)，无效 (\d+)")]
    private static partial Regex ReportPattern();

    private sealed record ImportRow(string Database, CodeFile File, long Bytes, TimeSpan Elapsed, TimeSpan HostCpu, long RssBefore, long RssPeak)
    {
        public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
            $"| {Database} | {File.Lines:N0} | {Bytes / 1048576.0:0.0} MB | {File.Unique:N0} | {File.Duplicates:N0} | {Elapsed.TotalSeconds:0.00} s | **{File.Lines / Elapsed.TotalSeconds:N0}** | {HostCpu.TotalSeconds:0.0} s ({HostCpu.TotalMicroseconds / File.Lines:0} µs/line) | {Megabytes(RssBefore)} | {Megabytes(RssPeak)} |");

        private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MB");
    }
}
