using System.Net.Mail;
using System.Text.RegularExpressions;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Recipes;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Security;
using HuijinCardHub.Setup;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HuijinCardHub.Kernel.Setup;

/// <summary>
/// Opens a shop on an uninitialized tenant: checks everything first, then creates the database,
/// runs the recipe, lets features finish (the admin account) and marks the tenant running. On failure
/// the tenant goes back to its setup page and a new SQLite file is removed.
/// </summary>
internal sealed partial class SetupService(ShellHost shells, ShellSettingsStore tenants, RecipeHarvester recipes, ILogger<SetupService> logger) : ISetupService
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [GeneratedRegex("^[A-Za-z0-9_.@-]{2,32}$")]
    private static partial Regex UserNamePattern();

    public async Task<IReadOnlyList<Bilingual>> ValidateAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Bilingual>();
        var tenant = shells.Find(request.Tenant);
        if (tenant is null)
        {
            errors.Add(new Bilingual($"租户 {request.Tenant} 不存在", $"Tenant {request.Tenant} does not exist"));
        }
        else if (tenant.State != TenantState.Uninitialized)
        {
            errors.Add(new Bilingual("商城已经安装过了", "This shop is already set up"));
        }

        if (string.IsNullOrWhiteSpace(request.SiteName) || request.SiteName.Length > 64)
        {
            errors.Add(new Bilingual("请填写商城名称（不超过 64 个字符）", "Enter a shop name (at most 64 characters)"));
        }

        if (!UserNamePattern().IsMatch(request.AdminUserName ?? ""))
        {
            errors.Add(new Bilingual("管理员用户名需为 2-32 位字母、数字或 _ . @ -", "The admin user name must be 2-32 letters, digits or _ . @ -"));
        }

        if (!MailAddress.TryCreate(request.AdminEmail, out _))
        {
            errors.Add(new Bilingual("请填写有效的电子邮箱", "Enter a valid e-mail address"));
        }

        errors.AddRange(PasswordPolicy.Check(request.AdminPassword));
        if (!string.IsNullOrWhiteSpace(request.PublicAddress) && !PublicAddresses.TryNormalize(request.PublicAddress, out _))
        {
            errors.Add(PublicAddresses.Invalid);
        }

        if (!recipes.All.TryGetValue(request.Recipe ?? "", out var recipe))
        {
            errors.Add(new Bilingual($"找不到配方：{request.Recipe}", $"Recipe not found: {request.Recipe}"));
        }
        else if (!recipe.Document.Info.IsSetupRecipe)
        {
            errors.Add(new Bilingual($"配方 {request.Recipe} 不能用于安装", $"Recipe {request.Recipe} is not a setup recipe"));
        }

        if (await CheckDatabaseAsync(request, cancellationToken) is { } databaseError)
        {
            errors.Add(databaseError);
        }

        return errors;
    }

    public async Task SetupAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var errors = await ValidateAsync(request, cancellationToken);
            if (errors.Count > 0)
            {
                throw new ShopException(new Bilingual(
                    string.Join("；", errors.Select(e => e.Chinese)),
                    string.Join("; ", errors.Select(e => e.English))));
            }

            await ProvisionAsync(request, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task ProvisionAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        var original = shells.Find(request.Tenant)!;
        var running = original with
        {
            State = TenantState.Running,
            DatabaseProvider = request.DatabaseProvider,
            ConnectionString = string.IsNullOrWhiteSpace(request.ConnectionString) ? null : request.ConnectionString.Trim(),
        };
        try
        {
            shells.ForgetFeaturesCache(running);
            var shell = await shells.ReloadAsync(running, null, cancellationToken);
            await using (var scope = shell.Services.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<ISiteStore>();
                var site = (await store.ListAsync(cancellationToken)).First(s => s.IsDefault);
                await store.SaveAsync(site with { Name = request.SiteName.Trim(), PublicAddress = request.PublicAddress }, cancellationToken);
                var variables = new Dictionary<string, string> { ["SiteName"] = request.SiteName.Trim(), ["AdminUserName"] = request.AdminUserName };
                await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunByNameAsync(request.Recipe, variables, cancellationToken);
            }

            shell = await shells.GetAsync(request.Tenant, cancellationToken);
            await using (var scope = shell.Services.CreateAsyncScope())
            {
                foreach (var participant in scope.ServiceProvider.GetServices<ISetupParticipant>())
                {
                    await participant.CompleteAsync(request, scope.ServiceProvider, cancellationToken);
                }
            }

            shells.SaveTenant(running);
            logger.LogInformation("Tenant {Tenant} set up with recipe {Recipe}", request.Tenant, request.Recipe);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Setup of tenant {Tenant} failed; reverting", request.Tenant);
            await shells.ReloadAsync(original, null, CancellationToken.None);
            shells.ForgetFeaturesCache(running);
            RemoveSqliteFile(running);
            throw ex is ShopException ? ex : new ShopException(new Bilingual($"安装失败：{ex.Message}", $"Setup failed: {ex.Message}"), ex);
        }
    }

    private void RemoveSqliteFile(ShellSettings settings)
    {
        var database = tenants.DatabaseOf(settings);
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    private static async Task<Bilingual?> CheckDatabaseAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        if (request.DatabaseProvider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(request.ConnectionString))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(request.ConnectionString))
        {
            return new Bilingual("使用 PostgreSQL 时必须填写连接字符串", "A connection string is required for PostgreSQL");
        }

        try
        {
            await using var connection = ShellDatabase.CreateConnection(new ShellDatabaseOptions(request.DatabaseProvider, request.ConnectionString));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await connection.OpenAsync(timeout.Token);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or NpgsqlException or SqliteException or OperationCanceledException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return new Bilingual($"无法连接数据库：{ex.Message}", $"Cannot connect to the database: {ex.Message}");
        }
    }
}
