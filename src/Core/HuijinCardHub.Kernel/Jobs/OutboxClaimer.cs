using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>
/// Claims due messages for one node with a single conditional statement: on PostgreSQL rows locked by
/// another node are skipped (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time anyway.
/// A claim expires, so a node that died mid-message does not keep it forever.
/// </summary>
internal static class OutboxClaimer
{
    public static async Task<List<OutboxRow>> ClaimAsync(KernelDbContext db, IShellDatabase database, string node, DateTime now, TimeSpan lease, int batch, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var sql = database.Provider == DatabaseProvider.Postgres
            ? """
              UPDATE "Kernel_Outbox" SET "LockedBy" = {0}, "LockedUntilUtc" = {1}
              WHERE "Id" IN (
                SELECT "Id" FROM "Kernel_Outbox"
                WHERE "Status" = 0 AND "NotBeforeUtc" <= {2} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {2})
                ORDER BY "Id" LIMIT {3} FOR UPDATE SKIP LOCKED)
              RETURNING *
              """
            : """
              UPDATE "Kernel_Outbox" SET "LockedBy" = {0}, "LockedUntilUtc" = {1}
              WHERE "Id" IN (
                SELECT "Id" FROM "Kernel_Outbox"
                WHERE "Status" = 0 AND "NotBeforeUtc" <= {2} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {2})
                ORDER BY "Id" LIMIT {3})
              RETURNING *
              """;
        var rows = await db.Outbox.FromSqlRaw(sql, node, until, now, batch).AsNoTracking().ToListAsync(cancellationToken);
        return rows;
    }
}
