namespace HuijinCardHub.Themes.Admin;

/// <summary>Names this assembly's i18n file for IStringLocalizer in the layouts.</summary>
internal sealed class AdminThemeText;
