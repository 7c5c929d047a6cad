using HuijinCardHub.Text;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>An Identity error that keeps both languages, so a page or a ShopException can show either.</summary>
internal sealed class BilingualIdentityError : IdentityError
{
    public BilingualIdentityError(string code, Bilingual text)
    {
        Code = code;
        Description = text.ToString();
        Text = text;
    }

    public Bilingual Text { get; }

    public static Bilingual Of(IdentityError error) =>
        error is BilingualIdentityError bilingual ? bilingual.Text : new Bilingual(error.Description, error.Description);

    public static IReadOnlyList<Bilingual> Of(IdentityResult result) => [.. result.Errors.Select(Of)];

    /// <summary>All of a failed result's errors as one message.</summary>
    public static Bilingual Join(IdentityResult result)
    {
        var errors = Of(result);
        return new Bilingual(string.Join("；", errors.Select(e => e.Chinese)), string.Join("; ", errors.Select(e => e.English)));
    }
}
