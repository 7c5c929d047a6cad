using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Alerts.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(AlertsDbContext))]
[Migration("20261124700001_AlertsInitial")]
internal sealed class AlertsInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Alerts_Alerts", t => new
        {
            Id = t.Identity(),
            Kind = t.Column<string>(nullable: false),
            Severity = t.Column<int>(nullable: false),
            TitleZh = t.Column<string>(nullable: false),
            TitleEn = t.Column<string>(nullable: false),
            Detail = t.Column<string>(nullable: true),
            Reference = t.Column<string>(nullable: false),
            Count = t.Column<int>(nullable: false),
            FirstSeenUtc = t.Column<DateTime>(nullable: false),
            LastSeenUtc = t.Column<DateTime>(nullable: false),
            Status = t.Column<int>(nullable: false),
            AcknowledgedBy = t.Column<string>(nullable: true),
            AcknowledgedUtc = t.Column<DateTime>(nullable: true),
            ResolvedBy = t.Column<string>(nullable: true),
            ResolvedUtc = t.Column<DateTime>(nullable: true),
            OpenKey = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Alerts_Alerts", x => x.Id));
        // One unresolved alert per kind and reference; resolved rows have no key and never collide.
        migrationBuilder.CreateIndex("IX_Alerts_Alerts_OpenKey", "Alerts_Alerts", "OpenKey", unique: true);
        migrationBuilder.CreateIndex("IX_Alerts_Alerts_Status_LastSeenUtc", "Alerts_Alerts", ["Status", "LastSeenUtc"]);
        migrationBuilder.CreateIndex("IX_Alerts_Alerts_Kind", "Alerts_Alerts", "Kind");
    }
}
