namespace HuijinCardHub.CardCodes;

/// <summary>Names this assembly's i18n file for IStringLocalizer in the views and services.</summary>
internal sealed class CardCodesText;
