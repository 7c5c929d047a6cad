using HuijinCardHub.Security;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>A settings type some enabled feature offers, as the Settings pages list it.</summary>
internal sealed record SettingsSection(Type Type, string Name, string Title, string Permission)
{
    /// <summary>A section that says where mail, money or webhooks go: showing or saving it needs sudo mode.</summary>
    public bool NeedsSudo => Permission == KernelPermissions.ManageSensitiveSettings.Name;
}

/// <summary>One input of the generic settings form.</summary>
internal sealed record SettingsField(
    string Name,
    string Label,
    string? Description,
    SettingsFieldKind Kind,
    string Value,
    bool IsSet,
    bool IsRequired,
    IReadOnlyList<SettingsOption> Options);

internal sealed record SettingsOption(string Value, string Text);

internal enum SettingsFieldKind
{
    Text,
    MultilineText,
    Secret,
    Boolean,
    Integer,
    Enum,
}
