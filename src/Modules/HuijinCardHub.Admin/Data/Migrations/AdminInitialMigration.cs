using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Admin.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(AdminDbContext))]
[Migration("20261124100001_AdminInitial")]
internal sealed class AdminInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Admin_AuditLog", t => new
        {
            Id = t.Identity(),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UserName = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Target = t.Column<string>(nullable: false),
            Detail = t.Column<string>(nullable: true),
            RemoteIp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Admin_AuditLog", x => x.Id));
        migrationBuilder.CreateIndex("IX_Admin_AuditLog_UserName", "Admin_AuditLog", "UserName");
        migrationBuilder.CreateIndex("IX_Admin_AuditLog_Action", "Admin_AuditLog", "Action");
    }
}
