using Microsoft.Extensions.Localization;

namespace HuijinCardHub.Admin.Services;

/// <summary>
/// Translates text that another module declared (a settings title, a feature name) with that module's
/// own i18n file, found through a type from its assembly. Unknown text comes back as given.
/// </summary>
internal sealed class ModuleText(IStringLocalizerFactory factory)
{
    private readonly IStringLocalizerFactory? _factory = factory;
    private readonly Dictionary<Type, IStringLocalizer> _localizers = [];

    public string Translate(Type owner, string text)
    {
        if (_factory is null || string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (!_localizers.TryGetValue(owner, out var localizer))
        {
            localizer = _factory.Create(owner);
            _localizers[owner] = localizer;
        }

        var found = localizer[text];
        return found.ResourceNotFound ? text : found.Value;
    }

    /// <summary>For text a module declared in its attributes: the module id names its assembly.</summary>
    public string TranslateForModule(string moduleId, string text)
    {
        var owner = ModuleAssemblies.AnyTypeOf(moduleId);
        return owner is null ? text : Translate(owner, text);
    }
}
