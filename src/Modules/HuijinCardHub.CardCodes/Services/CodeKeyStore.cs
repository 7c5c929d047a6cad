using System.Security.Cryptography;
using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.Data;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Loads the master secret (made on first use) from CardCodes_Keys, where it is stored protected by the
/// data-protection key ring. The row always has Id 1, so two first uses at once agree on one secret.
/// </summary>
internal sealed class CodeKeyStore(CardCodesDbContext db, ShellUnitOfWork unitOfWork, IDataProtectionProvider protection, CodeKeyCache cache, IClock clock)
{
    public const string Purpose = "HuijinCardHub.CardCodes.Keys.v1";

    private const long KeyId = 1;

    public async Task<CodeKeys> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.Keys is { } cached)
        {
            return cached;
        }

        var protector = protection.CreateProtector(Purpose);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var stored = await ReadAsync(cancellationToken);
        if (stored is null)
        {
            var secret = RandomNumberGenerator.GetBytes(64);
            var protectedSecret = protector.Protect(secret);
            CryptographicOperations.ZeroMemory(secret);
            var now = clock.UtcNow;
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"CardCodes_Keys\" (\"Id\", \"Protected\", \"CreatedUtc\") VALUES ({KeyId}, {protectedSecret}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            stored = await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The card-code key could not be stored.");
        }

        var master = protector.Unprotect(stored);
        var keys = CodeKeys.Derive(master);
        CryptographicOperations.ZeroMemory(master);
        await transaction.CommitAsync(cancellationToken);

        // A key made inside a caller's transaction is remembered only once that transaction commits.
        await unitOfWork.AfterCommit(_ =>
        {
            cache.Keys = keys;
            return Task.CompletedTask;
        }, cancellationToken);
        return keys;
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken) =>
        await db.Keys.AsNoTracking().Where(k => k.Id == KeyId).Select(k => k.Protected).FirstOrDefaultAsync(cancellationToken);
}
