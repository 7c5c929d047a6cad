using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>
/// Turns a settings object into form fields and posted form values back into it. A blank secret keeps the
/// stored value (it is never sent to the browser); ticking "clear" empties it.
/// </summary>
internal sealed class SettingsForm(ModuleText text)
{
    public const string ClearSuffix = "__clear";

    public IReadOnlyList<SettingsField> Fields(Type sectionType, object section, IFormCollection? posted = null) =>
        [.. SettingsProperties.Editable(sectionType).Select(p => Field(sectionType, p, section, posted))];

    /// <summary>Copies the posted values onto <paramref name="section"/>; returns every problem found.</summary>
    public IReadOnlyList<Bilingual> Apply(Type sectionType, object section, IFormCollection form)
    {
        var errors = new List<Bilingual>();
        foreach (var property in SettingsProperties.Editable(sectionType))
        {
            var label = text.Translate(sectionType, SettingsProperties.Label(property));
            var raw = form[property.Name].ToString().Trim();
            switch (SettingsProperties.KindOf(property))
            {
                case SettingsFieldKind.Secret:
                    if (form.ContainsKey(property.Name + ClearSuffix))
                    {
                        property.SetValue(section, "");
                    }
                    else if (raw.Length > 0)
                    {
                        property.SetValue(section, raw);
                    }

                    break;
                case SettingsFieldKind.Boolean:
                    // An unticked checkbox is not posted at all.
                    property.SetValue(section, string.Equals(form[property.Name].LastOrDefault(), "true", StringComparison.OrdinalIgnoreCase));
                    break;
                case SettingsFieldKind.Integer:
                    ApplyNumber(property, section, raw, label, errors);
                    break;
                case SettingsFieldKind.Enum:
                    ApplyEnum(property, section, raw, label, errors);
                    break;
                default:
                    property.SetValue(section, raw);
                    break;
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(Annotations(sectionType, section));
        }

        return errors;
    }

    private SettingsField Field(Type sectionType, PropertyInfo property, object section, IFormCollection? posted)
    {
        var kind = SettingsProperties.KindOf(property)!.Value;
        var current = property.GetValue(section);
        var value = kind == SettingsFieldKind.Secret ? "" :
            posted is not null ? posted[property.Name].LastOrDefault() ?? "" :
            Convert.ToString(current, CultureInfo.InvariantCulture) ?? "";
        if (kind == SettingsFieldKind.Boolean)
        {
            value = posted is not null ? (posted[property.Name].LastOrDefault() == "true" ? "true" : "false") : current is true ? "true" : "false";
        }

        return new SettingsField(
            property.Name,
            text.Translate(sectionType, SettingsProperties.Label(property)),
            SettingsProperties.Description(property) is { } description ? text.Translate(sectionType, description) : null,
            kind,
            value,
            IsSet: kind == SettingsFieldKind.Secret && current is string { Length: > 0 },
            IsRequired: property.IsDefined(typeof(RequiredAttribute)),
            Options: kind == SettingsFieldKind.Enum ? EnumOptions(sectionType, property) : []);
    }

    private IReadOnlyList<SettingsOption> EnumOptions(Type sectionType, PropertyInfo property)
    {
        var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => new SettingsOption(f.Name, text.Translate(sectionType, SettingsProperties.Label(f))))];
    }

    private static void ApplyNumber(PropertyInfo property, object section, string raw, string label, List<Bilingual> errors)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (raw.Length == 0 && SettingsProperties.IsNullable(property))
        {
            property.SetValue(section, null);
            return;
        }

        object? number = type == typeof(int)
            ? int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null
            : long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (number is null)
        {
            errors.Add(new Bilingual($"「{label}」必须是整数", $"\"{label}\" must be a whole number"));
            return;
        }

        property.SetValue(section, number);
    }

    private static void ApplyEnum(PropertyInfo property, object section, string raw, string label, List<Bilingual> errors)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (raw.Length == 0 && SettingsProperties.IsNullable(property))
        {
            property.SetValue(section, null);
            return;
        }

        if (!Enum.GetNames(type).Contains(raw, StringComparer.Ordinal))
        {
            errors.Add(new Bilingual($"「{label}」的取值无效", $"\"{label}\" has an invalid value"));
            return;
        }

        property.SetValue(section, Enum.Parse(type, raw));
    }

    /// <summary>[Required], [Range], [StringLength]... declared on the section, checked per property so the label is ours.</summary>
    private IEnumerable<Bilingual> Annotations(Type sectionType, object section)
    {
        foreach (var property in SettingsProperties.Editable(sectionType))
        {
            var label = text.Translate(sectionType, SettingsProperties.Label(property));
            var value = property.GetValue(section);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!rule.IsValid(value))
                {
                    yield return AnnotationMessage.For(rule, label, text, sectionType);
                }
            }
        }
    }
}
