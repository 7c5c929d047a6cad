using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Kernel.Data;

/// <summary>Each site's configured public address, which links in mails and webhooks are built from.</summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261202000001_KernelSitePublicAddress")]
internal sealed class KernelSitePublicAddressMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("PublicAddress", "Kernel_Sites", nullable: true);
}
