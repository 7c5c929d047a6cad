namespace HuijinCardHub.Users.Models;

/// <summary>The sudo confirm form as posted.</summary>
public sealed class SudoForm
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>The sudo confirm page: the code field, or, without two-factor, why it cannot be passed and where to enrol.</summary>
public sealed class SudoPage
{
    public string? ReturnUrl { get; init; }
    public bool HasTwoFactor { get; init; }
    public List<string> Errors { get; } = [];
}
