using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Kernel.Data;

/// <summary>An override that keeps failing is switched off: its failure count, when and why.</summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261202000001_KernelTemplateFailures")]
internal sealed class KernelTemplateFailuresMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Failures", "Kernel_TemplateOverrides", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>("SwitchedOffUtc", "Kernel_TemplateOverrides", nullable: true);
        migrationBuilder.AddColumn<string>("SwitchedOffReasonZh", "Kernel_TemplateOverrides", nullable: true);
        migrationBuilder.AddColumn<string>("SwitchedOffReasonEn", "Kernel_TemplateOverrides", nullable: true);
    }
}
