namespace HuijinCardHub.Themes.Admin.Navigation;

/// <summary>The admin menu as the sidebar draws it: captions already in the reader's language.</summary>
internal sealed record AdminMenuGroup(string Title, IReadOnlyList<AdminMenuEntry> Items);

internal sealed record AdminMenuEntry(string Text, string Url, string IconClass, bool IsActive);
