using System.Net.Mail;
using HuijinCardHub.Data;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Setup.Models;
using HuijinCardHub.Text;

namespace HuijinCardHub.Setup.Controllers;

/// <summary>What the page can tell before asking the kernel: empty fields, mismatched passwords, an unknown choice.</summary>
internal static class SetupFormChecks
{
    public static IEnumerable<Bilingual> Check(SetupForm form, IReadOnlyList<RecipeInfo> recipes)
    {
        if (string.IsNullOrWhiteSpace(form.SiteName))
        {
            yield return new Bilingual("请填写店铺名称", "Shop name is required");
        }
        else if (form.SiteName.Trim().Length > 100)
        {
            yield return new Bilingual("店铺名称不能超过 100 个字符", "The shop name has at most 100 characters");
        }

        if (string.IsNullOrWhiteSpace(form.AdminUserName))
        {
            yield return new Bilingual("请填写管理员用户名", "Administrator user name is required");
        }

        if (string.IsNullOrWhiteSpace(form.AdminEmail))
        {
            yield return new Bilingual("请填写管理员电子邮箱", "Administrator e-mail is required");
        }
        else if (!MailAddress.TryCreate(form.AdminEmail.Trim(), out var parsed) || parsed.Address != form.AdminEmail.Trim())
        {
            yield return new Bilingual("电子邮箱格式不正确", "The e-mail address is not valid");
        }

        foreach (var problem in PasswordPolicy.Check(form.AdminPassword))
        {
            yield return problem;
        }

        if (!string.Equals(form.AdminPassword, form.ConfirmPassword, StringComparison.Ordinal))
        {
            yield return new Bilingual("两次输入的密码不一致", "The two passwords do not match");
        }

        if (!Enum.IsDefined(form.DatabaseProvider))
        {
            yield return new Bilingual("请选择数据库", "Choose a database");
        }
        else if (form.DatabaseProvider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(form.ConnectionString))
        {
            yield return new Bilingual("使用 PostgreSQL 时请填写连接字符串", "PostgreSQL needs a connection string");
        }

        if (string.IsNullOrWhiteSpace(form.Recipe) || !recipes.Any(r => r.Name == form.Recipe))
        {
            yield return new Bilingual("请选择一个配方", "Choose a recipe");
        }
    }
}
