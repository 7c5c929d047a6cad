using System.Data.Common;
using HuijinCardHub.Alerts;
using HuijinCardHub.Data;
using HuijinCardHub.Settings;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>The default shop (alerts on) with the catalogue and card codes switched on and two goods to watch.</summary>
public sealed class AlertShop : ShopFixture
{
    public const string Recipe = """
    {
      "name": "alerts-test",
      "steps": [
        {
          "name": "catalog",
          "categories": [ { "slug": "alert-cards", "name": "告警测试" } ],
          "goods": [
            {
              "slug": "alert-watched", "name": "告警测试点卡", "category": "alert-cards", "kind": "Code", "lowStockThreshold": 5,
              "variants": [ { "name": "10元", "price": "10.00", "cost": "9.00" } ]
            },
            {
              "slug": "alert-topup", "name": "告警测试直充", "category": "alert-cards", "kind": "DirectTopUp",
              "variants": [ { "name": "50元", "price": "50.00", "cost": "48.00" } ]
            }
          ]
        }
      ]
    }
    """;

    protected override IReadOnlyList<string> ShopFeatures => ["HuijinCardHub.Alerts", "HuijinCardHub.Catalog", "HuijinCardHub.CardCodes"];

    protected override string ShopRecipe => Recipe;

    public Task RaiseAsync(AlertNotice notice) =>
        WithAsync(async s =>
        {
            await s.GetRequiredService<IAlertCenter>().RaiseAsync(notice);
            return true;
        });

    /// <summary>Replaces the whole Alerts settings section, as a recipe would.</summary>
    public Task SetSettingsAsync(string json) =>
        WithAsync(async s =>
        {
            await s.GetRequiredService<ISettingsStore>().SaveRawAsync("Alerts", json);
            return true;
        });

    /// <summary>The owner's allow-list of internal hosts the shop may call (the test receivers listen on 127.0.0.1).</summary>
    public Task AllowHostsAsync(string hosts) =>
        WithAsync(async s =>
        {
            await s.GetRequiredService<ISettingsStore>().SaveRawAsync("OutboundHttp", System.Text.Json.JsonSerializer.Serialize(new { allowedHosts = hosts }));
            return true;
        });

    /// <summary>The stored alerts about a reference, oldest first, read straight from the table.</summary>
    public Task<IReadOnlyList<StoredAlert>> AlertsAsync(string reference) =>
        QueryAsync(
            "SELECT \"Id\", \"Kind\", \"Severity\", \"Count\", \"Status\", \"TitleZh\", \"AcknowledgedBy\", \"ResolvedBy\" FROM \"Alerts_Alerts\" WHERE \"Reference\" = @p ORDER BY \"Id\"",
            reference,
            r => new StoredAlert(r.GetInt64(0), r.GetString(1), (AlertSeverity)r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)));

    /// <summary>Outbox rows whose payload names the alert.</summary>
    public async Task<IReadOnlyList<StoredOutboxRow>> OutboxAsync(long alertId) =>
        [.. (await QueryAsync(
            "SELECT \"Topic\", \"Payload\", \"Status\", \"Attempts\", \"LastError\" FROM \"Kernel_Outbox\" WHERE \"Payload\" LIKE @p ORDER BY \"Id\"",
            "%\"AlertId\":" + alertId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
            r => new StoredOutboxRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4))))
            .Where(row => System.Text.Json.JsonDocument.Parse(row.Payload).RootElement.GetProperty("AlertId").GetInt64() == alertId)];

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, string parameter, Func<DbDataReader, T> read) =>
        WithAsync<IReadOnlyList<T>>(async s =>
        {
            var connection = s.GetRequiredService<IShellDatabase>().Connection;
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var p = command.CreateParameter();
            p.ParameterName = "@p";
            p.Value = parameter;
            command.Parameters.Add(p);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }

            return rows;
        });

    /// <summary>Polls until the condition holds (background work), failing after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for " + what);
            await Task.Delay(100);
        }
    }
}

/// <param name="Status">0 open, 1 acknowledged, 2 resolved.</param>
public sealed record StoredAlert(long Id, string Kind, AlertSeverity Severity, int Count, int Status, string TitleZh, string? AcknowledgedBy, string? ResolvedBy);

/// <param name="Status">0 pending, 1 done, 2 dead.</param>
public sealed record StoredOutboxRow(string Topic, string Payload, int Status, int Attempts, string? LastError);

[CollectionDefinition(Name)]
public sealed class AlertCollection : ICollectionFixture<AlertShop>
{
    public const string Name = "alerts";
}
