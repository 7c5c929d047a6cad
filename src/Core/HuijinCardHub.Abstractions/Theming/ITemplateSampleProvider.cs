using HuijinCardHub.Text;

namespace HuijinCardHub.Theming;

/// <summary>Gives the preview a realistic model for a template a feature renders ("page", "home", ...).</summary>
public interface ITemplateSampleProvider
{
    /// <summary>A model for the template, or null when this provider does not know the template.</summary>
    object? GetSample(string template);
}
