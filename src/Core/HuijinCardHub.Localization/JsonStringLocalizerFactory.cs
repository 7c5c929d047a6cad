using System.Reflection;
using Microsoft.Extensions.Localization;

namespace HuijinCardHub.Localization;

/// <summary>IStringLocalizer&lt;T&gt; reads the i18n files embedded in T's assembly (the module that owns T).</summary>
internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new JsonStringLocalizer(TranslationSet.Of(resourceSource.Assembly));
    }

    /// <summary><paramref name="location"/> is an assembly name (what MVC passes for views).</summary>
    public IStringLocalizer Create(string baseName, string location)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => string.Equals(a.GetName().Name, location, StringComparison.OrdinalIgnoreCase));
        return new JsonStringLocalizer(assembly is null ? TranslationSet.Empty : TranslationSet.Of(assembly));
    }
}
