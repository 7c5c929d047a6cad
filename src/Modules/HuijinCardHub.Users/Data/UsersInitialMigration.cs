using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HuijinCardHub.Users.Data;

/// <summary>Identity's schema, written once for SQLite and PostgreSQL (column types come from the CLR types).</summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261124100001_UsersInitial")]
internal sealed class UsersInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Users_Users", t => new
        {
            Id = t.Column<string>(nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Users_Users", x => x.Id));
        migrationBuilder.CreateIndex("IX_Users_Users_NormalizedUserName", "Users_Users", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_Users_Users_NormalizedEmail", "Users_Users", "NormalizedEmail");

        migrationBuilder.CreateTable("Users_Roles", t => new
        {
            Id = t.Column<string>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Users_Roles", x => x.Id));
        migrationBuilder.CreateIndex("IX_Users_Roles_NormalizedName", "Users_Roles", "NormalizedName", unique: true);

        migrationBuilder.CreateTable("Users_UserRoles", t => new
        {
            UserId = t.Column<string>(nullable: false),
            RoleId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users_UserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_Users_UserRoles_Users_Users_UserId", x => x.UserId, "Users_Users", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Users_UserRoles_Users_Roles_RoleId", x => x.RoleId, "Users_Roles", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Users_UserRoles_RoleId", "Users_UserRoles", "RoleId");

        migrationBuilder.CreateTable("Users_RoleClaims", t => new
        {
            Id = IntIdentity(t),
            RoleId = t.Column<string>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users_RoleClaims", x => x.Id);
            t.ForeignKey("FK_Users_RoleClaims_Users_Roles_RoleId", x => x.RoleId, "Users_Roles", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Users_RoleClaims_RoleId", "Users_RoleClaims", "RoleId");

        migrationBuilder.CreateTable("Users_UserClaims", t => new
        {
            Id = IntIdentity(t),
            UserId = t.Column<string>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users_UserClaims", x => x.Id);
            t.ForeignKey("FK_Users_UserClaims_Users_Users_UserId", x => x.UserId, "Users_Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Users_UserClaims_UserId", "Users_UserClaims", "UserId");

        migrationBuilder.CreateTable("Users_UserLogins", t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_Users_UserLogins_Users_Users_UserId", x => x.UserId, "Users_Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Users_UserLogins_UserId", "Users_UserLogins", "UserId");

        migrationBuilder.CreateTable("Users_UserTokens", t => new
        {
            UserId = t.Column<string>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_Users_UserTokens_Users_Users_UserId", x => x.UserId, "Users_Users", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    /// <summary>Claims keep Identity's int keys; MigrationColumns.Identity is for long keys.</summary>
    private static OperationBuilder<AddColumnOperation> IntIdentity(ColumnsBuilder t) =>
        t.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
