using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Content.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(ContentDbContext))]
[Migration("20261124300001_ContentInitial")]
internal sealed class ContentInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Content_Pages", t => new
        {
            Id = t.Identity(),
            Slug = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            BodyHtml = t.Column<string>(nullable: false),
            Published = t.Column<bool>(nullable: false),
            ShowInNavigation = t.Column<bool>(nullable: false),
            SortOrder = t.Column<int>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Content_Pages", x => x.Id));
        migrationBuilder.CreateIndex("IX_Content_Pages_Slug", "Content_Pages", "Slug", unique: true);
    }
}
