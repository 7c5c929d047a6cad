using HuijinCardHub.Admin.Services.Settings;

namespace HuijinCardHub.Admin.Models;

internal sealed record SettingsEditModel(SettingsSection Section, IReadOnlyList<SettingsField> Fields, IReadOnlyList<string> Errors);
