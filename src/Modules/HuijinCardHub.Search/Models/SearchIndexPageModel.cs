namespace HuijinCardHub.Search.Models;

/// <summary>The index page: where the index lives, what it holds, and a trial search.</summary>
public sealed record SearchIndexPageModel(string? Folder, int Count, DateTime? BuiltUtc, string Query, IReadOnlyList<SearchTrialHit> Hits);

public sealed record SearchTrialHit(long Id, string Name, string Slug);
