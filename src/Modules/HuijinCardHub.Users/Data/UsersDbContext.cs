using HuijinCardHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Users.Data;

/// <summary>
/// Identity's tables on the shell's shared connection. Not an IdentityDbContext: the module base class
/// gives the "Users_" prefix and the module's own migrations history, so the Identity model is mapped here.
/// </summary>
internal sealed class UsersDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Users";

    public DbSet<IdentityUser> Users => Set<IdentityUser>();
    public DbSet<IdentityRole> Roles => Set<IdentityRole>();
    public DbSet<IdentityUserRole<string>> UserRoles => Set<IdentityUserRole<string>>();
    public DbSet<IdentityRoleClaim<string>> RoleClaims => Set<IdentityRoleClaim<string>>();
    public DbSet<IdentityUserClaim<string>> UserClaims => Set<IdentityUserClaim<string>>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        IdentityModel.Build(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
