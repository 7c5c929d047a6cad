using HuijinCardHub.Bench;

// Usage: dotnet run -c Release --project bench/HuijinCardHub.Bench -- <coldstart|home|goods|import|search> [options]
// Prints a Markdown fragment for bench/RESULTS.md on stdout; progress goes to stderr.
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

string fragment;
try
{
    fragment = options.Scenario switch
    {
        "coldstart" => await ColdStartScenario.RunAsync(options, cancel.Token),
        "home" => await StorefrontPageScenario.RunAsync(options, StorefrontPage.Home, cancel.Token),
        "goods" => await StorefrontPageScenario.RunAsync(options, StorefrontPage.Goods, cancel.Token),
        "search" => await SearchScenario.RunAsync(cancel.Token),
        _ => await ImportScenario.RunAsync(options, cancel.Token),
    };
}
catch (Exception problem) when (problem is InvalidOperationException or TimeoutException or FileNotFoundException or HttpRequestException or Npgsql.NpgsqlException)
{
    // No figures from a host that did not come up: say why (the host's output is in the message) and fail.
    Console.Error.WriteLine($"bench {options.Scenario} failed: {problem.Message}");
    return 1;
}

Console.WriteLine(MarkdownReport.Header(options, await MachineInfo.ReadAsync(cancel.Token)));
Console.WriteLine(fragment);
return 0;
