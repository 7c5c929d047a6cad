using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace HuijinCardHub.Alerts.Domain;

/// <summary>Empty, or addresses separated by commas, semicolons or line breaks, each a valid e-mail address.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EmailListAttribute : ValidationAttribute
{
    private static readonly char[] Separators = [',', ';', '，', '；', '\n', '\r', ' '];

    public override bool IsValid(object? value) =>
        Split(value as string).All(IsAddress);

    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text;
}
