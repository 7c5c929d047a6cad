using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Users.Data;

/// <summary>The same shape IdentityDbContext builds, with our table names (the prefix is added by the base context).</summary>
internal static class IdentityModel
{
    private const int NameLength = 256;

    public static void Build(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUser>(b =>
        {
            b.ToTable("Users");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("IX_Users_Users_NormalizedUserName").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("IX_Users_Users_NormalizedEmail");
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(NameLength);
            b.Property(u => u.Email).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(NameLength);
            b.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });

        modelBuilder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("UserClaims");
            b.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        });

        modelBuilder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("UserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        });

        modelBuilder.Entity<IdentityRole>(b =>
        {
            b.ToTable("Roles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("IX_Users_Roles_NormalizedName").IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(NameLength);
            b.Property(r => r.NormalizedName).HasMaxLength(NameLength);
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });

        modelBuilder.Entity<IdentityRoleClaim<string>>(b =>
        {
            b.ToTable("RoleClaims");
            b.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserRole<string>>(b =>
        {
            b.ToTable("UserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
