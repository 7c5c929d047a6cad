using System.Text.RegularExpressions;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>Recognises what a buyer typed as contact: an e-mail, a mainland mobile number or a QQ number.</summary>
internal static partial class BuyerContact
{
    public const int MaxLength = 100;

    public static readonly Bilingual Invalid = new(
        "联系方式请填写邮箱、11位手机号或QQ号", "Contact must be an e-mail, an 11-digit mobile number or a QQ number");

    public static ContactKind Classify(string contact) => contact switch
    {
        _ when contact.Length > MaxLength => ContactKind.None,
        _ when Phone().IsMatch(contact) => ContactKind.Phone,
        _ when QQ().IsMatch(contact) => ContactKind.QQ,
        _ when Email().IsMatch(contact) => ContactKind.Email,
        _ => ContactKind.None,
    };

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[1-9]\d{4,10}$")]
    private static partial Regex QQ();

    [GeneratedRegex(@"^[^@\s<>""']+@[^@\s<>""']+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();
}
