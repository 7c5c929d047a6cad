using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Recipes.Steps;

/// <summary><c>{"name":"roles","Roles":[{"Name":"ShopManager","Permissions":["ManageSettings"]}]}</c></summary>
internal sealed class RolesStep : IRecipeStep
{
    public string Name => "roles";

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        foreach (var role in Roles(step))
        {
            if (string.IsNullOrWhiteSpace(RecipeDocument.Text(role, "name")))
            {
                yield return new Bilingual("角色缺少 Name", "A role has no Name");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var roles = context.Services.GetService<IRoleProvisioner>()
            ?? throw new ShopException(new Bilingual("用户功能未启用，无法创建角色", "The Users feature is not enabled; roles cannot be created"));
        foreach (var role in Roles(step))
        {
            var permissions = role.FirstOrDefault(p => string.Equals(p.Key, "permissions", StringComparison.OrdinalIgnoreCase)).Value as JsonArray;
            await roles.EnsureRoleAsync(RecipeDocument.Text(role, "name")!, permissions?.Select(p => p?.ToString() ?? "") ?? [], cancellationToken);
        }
    }

    private static IEnumerable<JsonObject> Roles(JsonObject step) =>
        step.FirstOrDefault(p => string.Equals(p.Key, "roles", StringComparison.OrdinalIgnoreCase)).Value is JsonArray array
            ? array.OfType<JsonObject>()
            : [];
}
