using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Kernel.Data;

/// <summary>
/// Durable events: an outbox row names its event and handler (and whether it waits for a switched-off feature), and
/// the inbox keeps one row per handler and event, so a handler's work commits at most once.
/// </summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261203000001_KernelDurableEvents")]
internal sealed class KernelDurableEventsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("EventId", "Kernel_Outbox", nullable: true);
        migrationBuilder.AddColumn<string>("EventType", "Kernel_Outbox", nullable: true);
        migrationBuilder.AddColumn<string>("Handler", "Kernel_Outbox", nullable: true);
        migrationBuilder.AddColumn<DateTime>("WaitingSinceUtc", "Kernel_Outbox", nullable: true);
        migrationBuilder.CreateIndex("IX_Kernel_Outbox_EventId", "Kernel_Outbox", "EventId");

        migrationBuilder.CreateTable("Kernel_Inbox", t => new
        {
            Handler = t.Column<string>(nullable: false),
            EventId = t.Column<Guid>(nullable: false),
            HandledUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Kernel_Inbox", x => new { x.Handler, x.EventId }));
    }
}
