using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace HuijinCardHub.Alerts.Domain;

/// <summary>Empty, or an absolute http(s) address.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        string.IsNullOrWhiteSpace(value as string) || TryParse(value as string, out _);

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
