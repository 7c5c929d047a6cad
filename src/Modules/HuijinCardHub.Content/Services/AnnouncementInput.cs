namespace HuijinCardHub.Content.Services;

/// <summary>What a merchant or a recipe gives for an announcement; checked by <see cref="AnnouncementRules"/>.</summary>
internal sealed record AnnouncementInput(
    string Title,
    string BodyHtml,
    bool Published = true,
    bool Pinned = false,
    DateTime? PublishedFromUtc = null,
    DateTime? PublishedUntilUtc = null,
    int SortOrder = 0);
