namespace HuijinCardHub.Search;

/// <summary>Names this assembly's i18n file for IStringLocalizer in the views.</summary>
internal sealed class SearchText;
