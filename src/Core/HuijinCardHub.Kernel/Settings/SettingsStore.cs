using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Net;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Settings;

/// <summary>
/// Typed settings sections as JSON rows. Properties marked [Secret] are encrypted with the data-protection
/// key ring before they reach the database and decrypted when read.
/// </summary>
internal sealed class SettingsStore(IServiceProvider services, ModuleCatalog catalog, IDataProtectionProvider protection, IClock clock, SettingsCache cache, IUnitOfWork unitOfWork) : ISettingsStore
{
    private const string EncryptedPrefix = "enc:";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector("HuijinCardHub.Settings.v1");

    // Resolved on a cache miss only: building a DbContext costs more than the cached read it would serve.
    private KernelDbContext Db => services.GetRequiredService<KernelDbContext>();

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new()
    {
        var name = NameOf(typeof(T));
        var json = await ReadDecryptedAsync(typeof(T), name, cancellationToken);
        return json is null ? new T() : JsonSerializer.Deserialize<T>(json, Json) ?? new T();
    }

    private async Task<string?> ReadDecryptedAsync(Type type, string name, CancellationToken cancellationToken)
    {
        // Inside a transaction the row may be uncommitted: read it, but never cache what a rollback could undo.
        var inTransaction = unitOfWork.Current is not null;
        if (!inTransaction && cache.TryGet(name, clock.UtcNow, out var cached))
        {
            return cached;
        }

        var row = await Db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Section == name, cancellationToken);
        string? json = null;
        if (row is not null)
        {
            var node = JsonNode.Parse(row.Json)!.AsObject();
            Transform(type, node, _protector.Unprotect, decrypting: true);
            json = node.ToJsonString();
        }

        if (!inTransaction)
        {
            cache.Put(name, json, clock.UtcNow);
        }

        return json;
    }

    public Task SaveAsync<T>(T section, CancellationToken cancellationToken = default) where T : class, new()
    {
        var node = JsonSerializer.SerializeToNode(section, Json)!.AsObject();
        return WriteAsync(typeof(T), node, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAllRawAsync(CancellationToken cancellationToken = default) =>
        await Db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Section, s => s.Json, cancellationToken);

    public async Task SaveRawAsync(string sectionName, string json, CancellationToken cancellationToken = default)
    {
        if (!catalog.SettingsSections.TryGetValue(sectionName, out var type))
        {
            throw new ShopException(new Bilingual($"未知设置分区：{sectionName}", $"Unknown settings section: {sectionName}"));
        }

        JsonObject node;
        try
        {
            // Round-trip through the typed class so unknown or mistyped values are refused, not stored.
            var typed = JsonSerializer.Deserialize(json, type, Json) ?? Activator.CreateInstance(type)!;
            node = JsonSerializer.SerializeToNode(typed, type, Json)!.AsObject();
        }
        catch (JsonException ex)
        {
            throw new ShopException(new Bilingual($"设置分区 {sectionName} 的值无效：{ex.Message}", $"Invalid values for settings section {sectionName}: {ex.Message}"), ex);
        }

        await WriteAsync(type, node, cancellationToken);
    }

    private async Task WriteAsync(Type type, JsonObject node, CancellationToken cancellationToken)
    {
        await CheckOutboundAddressesAsync(type, node, cancellationToken);
        Transform(type, node, _protector.Protect, decrypting: false);
        var name = NameOf(type);
        var row = await Db.Settings.FirstOrDefaultAsync(s => s.Section == name, cancellationToken);
        if (row is null)
        {
            row = new SettingsRow { Section = name };
            Db.Settings.Add(row);
        }

        row.Json = node.ToJsonString();
        row.UpdatedUtc = clock.UtcNow;
        cache.Forget(name);
        await Db.SaveChangesAsync(cancellationToken);
        cache.Forget(name);
    }

    /// <summary>An address the shop will call may not point at this machine or a private network (unless allowed).</summary>
    private async Task CheckOutboundAddressesAsync(Type type, JsonObject node, CancellationToken cancellationToken)
    {
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<OutboundAddressAttribute>() is not null))
        {
            if (node[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] is JsonValue value && value.TryGetValue<string>(out var url)
                && !string.IsNullOrWhiteSpace(url)
                && await services.GetRequiredService<IOutboundHttp>().CheckAsync(url, cancellationToken) is { } problem)
            {
                throw new ShopException(problem);
            }
        }
    }

    private static void Transform(Type type, JsonObject node, Func<string, string> crypt, bool decrypting)
    {
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<SecretAttribute>() is not null))
        {
            var key = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (node[key] is not JsonValue value || !value.TryGetValue<string>(out var text) || string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (decrypting)
            {
                node[key] = text.StartsWith(EncryptedPrefix, StringComparison.Ordinal) ? crypt(text[EncryptedPrefix.Length..]) : text;
            }
            else if (!text.StartsWith(EncryptedPrefix, StringComparison.Ordinal))
            {
                node[key] = EncryptedPrefix + crypt(text);
            }
        }
    }

    // Pricing reads settings for every price on a page: the attribute lookup is done once per type.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> Names = new();

    internal static string NameOf(Type type) =>
        Names.GetOrAdd(type, static t => t.GetCustomAttribute<SettingsSectionAttribute>()?.Name ?? t.Name);
}
