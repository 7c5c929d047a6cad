using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

internal static class ContentProblems
{
    /// <summary>Services check again what the form or recipe already checked: no path may save bad content.</summary>
    public static void ThrowIfAny(IEnumerable<Bilingual> problems)
    {
        var problem = problems.FirstOrDefault();
        if (problem is not null)
        {
            throw new ShopException(problem);
        }
    }
}
