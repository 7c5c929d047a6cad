using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>Which properties of a settings type the generic form can edit, and how.</summary>
internal static class SettingsProperties
{
    public static IEnumerable<PropertyInfo> Editable(Type sectionType) =>
        sectionType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => KindOf(p) is not null)
            .OrderBy(p => p.MetadataToken);

    public static SettingsFieldKind? KindOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            if (property.IsDefined(typeof(SecretAttribute)))
            {
                return SettingsFieldKind.Secret;
            }

            return property.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.MultilineText
                ? SettingsFieldKind.MultilineText
                : SettingsFieldKind.Text;
        }

        if (type == typeof(bool))
        {
            return SettingsFieldKind.Boolean;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return SettingsFieldKind.Integer;
        }

        return type.IsEnum ? SettingsFieldKind.Enum : null;
    }

    public static bool IsNullable(PropertyInfo property) => Nullable.GetUnderlyingType(property.PropertyType) is not null;

    /// <summary>[Display(Name)] or [DisplayName], else the property name.</summary>
    public static string Label(MemberInfo member) =>
        member.GetCustomAttribute<DisplayAttribute>()?.GetName()
        ?? member.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName
        ?? member.Name;

    public static string? Description(MemberInfo member) =>
        member.GetCustomAttribute<DisplayAttribute>()?.GetDescription()
        ?? member.GetCustomAttribute<DescriptionAttribute>()?.Description;
}
