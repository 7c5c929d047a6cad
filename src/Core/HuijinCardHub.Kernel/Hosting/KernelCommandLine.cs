using HuijinCardHub.Kernel.Setup;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>
/// Commands instead of serving: <c>recipe run NAME|FILE [--tenant T]</c>, <c>recipe export [--tenant T] [--out FILE]</c>,
/// <c>setup</c> (unattended, from the Setup__* settings). Exit code 0 on success, 1 on a refused command.
/// </summary>
public static class KernelCommandLine
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is not ("recipe" or "setup"))
        {
            return null;
        }

        var shells = app.Services.GetRequiredService<ShellHost>();
        try
        {
            await shells.InitializeAsync(CancellationToken.None);
            if (args[0] == "setup")
            {
                var done = await UnattendedSetup.RunIfConfiguredAsync(shells, app.Configuration, CancellationToken.None);
                Console.WriteLine(done ? "安装完成 / Setup complete" : "无需安装（未配置或已安装）/ Nothing to set up");
                return 0;
            }

            var tenant = Option(args, "--tenant") ?? ShellSettings.DefaultName;
            var shell = await shells.GetAsync(tenant);
            await using var scope = shell.Services.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<IRecipeRunner>();
            switch (args.ElementAtOrDefault(1))
            {
                case "run" when args.Length > 2:
                    var target = args[2];
                    if (File.Exists(target))
                    {
                        await runner.RunJsonAsync(await File.ReadAllTextAsync(target));
                    }
                    else
                    {
                        await runner.RunByNameAsync(target);
                    }

                    Console.WriteLine($"配方已执行 / Recipe ran: {target}");
                    return 0;
                case "export":
                    var json = await runner.ExportAsync();
                    if (Option(args, "--out") is { } file)
                    {
                        await File.WriteAllTextAsync(file, json);
                    }
                    else
                    {
                        Console.WriteLine(json);
                    }

                    return 0;
                default:
                    Console.Error.WriteLine("用法 / usage: recipe run NAME|FILE [--tenant T] | recipe export [--tenant T] [--out FILE] | setup");
                    return 1;
            }
        }
        catch (ShopException ex)
        {
            Console.Error.WriteLine(ex.Text.Chinese);
            Console.Error.WriteLine(ex.Text.English);
            return 1;
        }
        finally
        {
            await shells.DisposeAsync();
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
