namespace HuijinCardHub.Theming;

/// <summary>A delivered code as the buyer sees it. Not a [LiquidModel]: nothing of it is readable from Liquid.</summary>
public sealed record CodeOnPage(long Id, string CardNumber, string? Password, bool Replaced);
