namespace HuijinCardHub.Content.Services;

/// <summary>What a merchant or a recipe gives for a page; checked by <see cref="PageRules"/>.</summary>
internal sealed record PageInput(string Slug, string Title, string BodyHtml, bool Published = true, bool ShowInNavigation = false, int SortOrder = 0);
