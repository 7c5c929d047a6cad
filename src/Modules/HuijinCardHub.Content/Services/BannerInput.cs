namespace HuijinCardHub.Content.Services;

/// <summary>What a merchant or a recipe gives for a banner; checked by <see cref="BannerRules"/>.</summary>
internal sealed record BannerInput(string Title, string ImageUrl, string? LinkUrl, bool Enabled = true, int SortOrder = 0);
