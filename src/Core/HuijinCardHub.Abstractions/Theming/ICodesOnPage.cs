namespace HuijinCardHub.Theming;
/// <summary>
/// Hands a page's card codes to the renderer beside its model, never inside it: a template (which a merchant may
/// override) cannot read, filter, loop over or capture them. Only the built-in <c>{% delivered_codes %}</c> tag
/// shows them, and the renderer writes them into the finished page itself (see the Theming README).
/// </summary>
public interface ICodesOnPage
{
    /// <summary>Shows <paramref name="codes"/> when <paramref name="model"/> is rendered; lines are numbered from 1.</summary>
    void Attach(object model, IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>> codes);
}
