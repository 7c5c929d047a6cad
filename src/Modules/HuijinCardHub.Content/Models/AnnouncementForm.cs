using System.Globalization;
using HuijinCardHub.Content.Domain;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Models;

/// <summary>
/// The announcement form as posted; public because MVC binds it into a public controller action.
/// Times are bound as text so a bad one gets a clear message instead of silently becoming empty.
/// </summary>
public sealed class AnnouncementForm
{
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    public string? Title { get; set; }

    public string? BodyHtml { get; set; }

    public bool Published { get; set; } = true;

    public bool Pinned { get; set; }

    /// <summary>UTC, as a datetime-local input sends it ("2026-12-01T08:00").</summary>
    public string? PublishedFrom { get; set; }

    public string? PublishedUntil { get; set; }

    public int SortOrder { get; set; }

    internal AnnouncementInput ToInput(List<Bilingual> problems)
    {
        var from = ReadTime(PublishedFrom, new Bilingual("开始时间", "start time"), problems);
        var until = ReadTime(PublishedUntil, new Bilingual("结束时间", "end time"), problems);
        return new AnnouncementInput((Title ?? "").Trim(), BodyHtml ?? "", Published, Pinned, from, until, SortOrder);
    }

    internal static AnnouncementForm From(Announcement a) => new()
    {
        Title = a.Title,
        BodyHtml = a.BodyHtml,
        Published = a.Published,
        Pinned = a.Pinned,
        PublishedFrom = Show(a.PublishedFromUtc),
        PublishedUntil = Show(a.PublishedUntilUtc),
        SortOrder = a.SortOrder,
    };

    private static DateTime? ReadTime(string? text, Bilingual name, List<Bilingual> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        }

        var shown = text.Length > 40 ? text[..40] + "…" : text;
        problems.Add(new Bilingual($"{name.Chinese}「{shown}」不是有效的时间，请按 2026-12-01 08:00 的格式填写", $"The {name.English} \"{shown}\" is not a valid time; use the form 2026-12-01 08:00"));
        return null;
    }

    private static string? Show(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <param name="Id">Null for a new announcement.</param>
internal sealed record AnnouncementEditModel(long? Id, AnnouncementForm Form, IReadOnlyList<string> Errors);
