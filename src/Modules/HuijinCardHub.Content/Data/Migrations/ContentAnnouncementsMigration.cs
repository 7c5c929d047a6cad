using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Content.Data.Migrations;

/// <summary>Announcements, banners and menu links. Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(ContentDbContext))]
[Migration("20261124300002_ContentAnnouncementsBannersNavigation")]
internal sealed class ContentAnnouncementsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Content_Announcements", t => new
        {
            Id = t.Identity(),
            Title = t.Column<string>(nullable: false),
            BodyHtml = t.Column<string>(nullable: false),
            Published = t.Column<bool>(nullable: false),
            Pinned = t.Column<bool>(nullable: false),
            PublishedFromUtc = t.Column<DateTime>(nullable: true),
            PublishedUntilUtc = t.Column<DateTime>(nullable: true),
            SortOrder = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Content_Announcements", x => x.Id));

        migrationBuilder.CreateTable("Content_Banners", t => new
        {
            Id = t.Identity(),
            Title = t.Column<string>(nullable: false),
            ImageUrl = t.Column<string>(nullable: false),
            LinkUrl = t.Column<string>(nullable: true),
            Enabled = t.Column<bool>(nullable: false),
            SortOrder = t.Column<int>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Content_Banners", x => x.Id));

        migrationBuilder.CreateTable("Content_NavigationLinks", t => new
        {
            Id = t.Identity(),
            Text = t.Column<string>(nullable: false),
            Url = t.Column<string>(nullable: false),
            OpenInNewTab = t.Column<bool>(nullable: false),
            SortOrder = t.Column<int>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Content_NavigationLinks", x => x.Id));
    }
}
