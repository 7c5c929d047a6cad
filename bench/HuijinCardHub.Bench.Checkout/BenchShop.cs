using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>The real host in process, set up unattended from recipe `game-card-shop` in a temporary folder.</summary>
internal sealed class BenchShop(string? postgres) : WebApplicationFactory<Program>
{
    private readonly string appData = Path.Combine(Path.GetTempPath(), "huijin-bench-checkout", Guid.NewGuid().ToString("N"));

    /// <summary>The host project's folder, found by walking up from the bench to the solution file.</summary>
    public static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HuijinCardHub.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Web", "HuijinCardHub.Web");
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(appData);
        builder.UseEnvironment("Production");
        builder.UseSetting("HuijinCardHub:AppData", appData);
        builder.UseSetting("HuijinCardHub:JsonLogs", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("BENCH_SQL_LOG") ?? "Warning");
        builder.UseSetting("Setup:SiteName", "压测商城");
        builder.UseSetting("Setup:Recipe", "game-card-shop");
        builder.UseSetting("Setup:AdminUserName", "admin");
        builder.UseSetting("Setup:AdminEmail", "admin@example.com");
        builder.UseSetting("Setup:AdminPassword", "Bench2026pass");
        builder.UseSetting("Setup:DatabaseProvider", postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("Setup:ConnectionString", postgres ?? "");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(appData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
