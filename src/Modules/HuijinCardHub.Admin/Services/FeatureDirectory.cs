using HuijinCardHub.Admin.Models;
using HuijinCardHub.Shells;

namespace HuijinCardHub.Admin.Services;

/// <summary>The Features page's view of IShellFeatures: names in the reader's language, grouped by category.</summary>
internal sealed class FeatureDirectory(IShellFeatures features, ModuleText text)
{
    private readonly ModuleText _text = text;

    public IReadOnlyList<FeatureCategory> Categories()
    {
        var rows = features.Available.Where(f => !f.IsTheme).Select(Row).ToList();
        return [.. rows
            .GroupBy(r => string.IsNullOrEmpty(r.Info.Category) ? "其他" : r.Info.Category, StringComparer.Ordinal)
            .Select(g => new FeatureCategory(
                CategoryTitle(g.Key, g.First().Info.ModuleId),
                [.. g.OrderBy(r => r.Name, StringComparer.CurrentCulture)]))
            .OrderBy(c => c.Title, StringComparer.CurrentCulture)];
    }

    public FeatureRow? Find(string id) =>
        features.Available.FirstOrDefault(f => f.Id == id) is { } info ? Row(info) : null;

    public string NameOf(string id) =>
        features.Available.FirstOrDefault(f => f.Id == id) is { } info ? DisplayName(info) : id;

    private FeatureRow Row(FeatureInfo info) => new(
        info,
        DisplayName(info),
        _text.TranslateForModule(info.ModuleId, info.Description),
        features.Enabled.Contains(info.Id, StringComparer.Ordinal),
        [.. info.Dependencies.Select(NameOf)]);

    private string DisplayName(FeatureInfo info) =>
        string.IsNullOrEmpty(info.Name) ? info.Id : _text.TranslateForModule(info.ModuleId, info.Name);

    /// <summary>The module's own file first, then ours (which knows the common categories).</summary>
    private string CategoryTitle(string category, string moduleId)
    {
        var own = _text.TranslateForModule(moduleId, category);
        return own != category ? own : _text.Translate(typeof(AdminText), category);
    }
}
