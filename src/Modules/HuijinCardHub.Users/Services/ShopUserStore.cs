using HuijinCardHub.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace HuijinCardHub.Users.Services;

/// <summary>Identity's EF store on our context, without passkeys (no table for them).</summary>
internal sealed class ShopUserStore(UsersDbContext context, IdentityErrorDescriber describer)
    : UserStore<IdentityUser, IdentityRole, UsersDbContext, string, IdentityUserClaim<string>, IdentityUserRole<string>,
        IdentityUserLogin<string>, IdentityUserToken<string>, IdentityRoleClaim<string>>(context, describer);

internal sealed class ShopRoleStore(UsersDbContext context, IdentityErrorDescriber describer)
    : RoleStore<IdentityRole, UsersDbContext, string, IdentityUserRole<string>, IdentityRoleClaim<string>>(context, describer);
