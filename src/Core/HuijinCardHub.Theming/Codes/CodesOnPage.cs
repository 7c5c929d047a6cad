using System.Runtime.CompilerServices;
using Fluid;

namespace HuijinCardHub.Theming.Codes;

/// <summary>
/// Codes attached to the very model object a page renders (the order page's view model), held beside it for as
/// long as the model lives. A template never sees this: the renderer puts the codes where only the
/// <c>{% delivered_codes %}</c> tag looks (the context's ambient values).
/// </summary>
internal sealed class CodesOnPage : ICodesOnPage
{
    private const string Key = "huijin.codes";

    private readonly ConditionalWeakTable<object, IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>>> _byModel = [];

    public void Attach(object model, IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>> codes)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(codes);
        _byModel.AddOrUpdate(model, codes);
    }

    public void AttachTo(TemplateContext context, object? model)
    {
        if (model is not null && _byModel.TryGetValue(model, out var codes))
        {
            context.AmbientValues[Key] = codes;
        }
    }

    public static IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>>? Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>> : null;
}
