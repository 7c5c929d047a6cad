using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Kernel.Data;

/// <summary>Written once for both providers: column types come from the CLR types.</summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261124000001_KernelInitial")]
internal sealed class KernelInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Kernel_EnabledFeatures", t => new
        {
            FeatureId = t.Column<string>(nullable: false),
            EnabledUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Kernel_EnabledFeatures", x => x.FeatureId));

        migrationBuilder.CreateTable("Kernel_Settings", t => new
        {
            Section = t.Column<string>(nullable: false),
            Json = t.Column<string>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Kernel_Settings", x => x.Section));

        migrationBuilder.CreateTable("Kernel_Outbox", t => new
        {
            Id = t.Identity(),
            Topic = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            NotBeforeUtc = t.Column<DateTime>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            Status = t.Column<int>(nullable: false),
            LockedBy = t.Column<string>(nullable: true),
            LockedUntilUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(nullable: true),
            DoneUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Kernel_Outbox", x => x.Id));
        migrationBuilder.CreateIndex("IX_Kernel_Outbox_Status_NotBeforeUtc", "Kernel_Outbox", ["Status", "NotBeforeUtc"]);

        migrationBuilder.CreateTable("Kernel_JobLeases", t => new
        {
            Name = t.Column<string>(nullable: false),
            Holder = t.Column<string>(nullable: true),
            LeaseUntilUtc = t.Column<DateTime>(nullable: false),
            LastRunUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Kernel_JobLeases", x => x.Name));

        migrationBuilder.CreateTable("Kernel_Sites", t => new
        {
            Id = t.Identity(),
            Name = t.Column<string>(nullable: false),
            HostNames = t.Column<string>(nullable: false),
            Theme = t.Column<string>(nullable: false),
            LogoUrl = t.Column<string>(nullable: true),
            IsDefault = t.Column<bool>(nullable: false),
            SettingsJson = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Kernel_Sites", x => x.Id));

        migrationBuilder.CreateTable("Kernel_TemplateOverrides", t => new
        {
            Id = t.Identity(),
            Theme = t.Column<string>(nullable: false),
            Template = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Kernel_TemplateOverrides", x => x.Id));
        migrationBuilder.CreateIndex("IX_Kernel_TemplateOverrides_Theme_Template", "Kernel_TemplateOverrides", ["Theme", "Template"], unique: true);
    }
}
