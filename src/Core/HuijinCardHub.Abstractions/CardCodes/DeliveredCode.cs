using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes;

/// <summary>A code in clear for its buyer: a card number, and a password when the code has one.</summary>
public sealed record DeliveredCode(long CodeId, string CardNumber, string? Password)
{
    /// <summary>One line as imported: "number password" or the code alone.</summary>
    public string Text => Password is null ? CardNumber : CardNumber + " " + Password;

    /// <summary>Never the code itself, so a record printed to a log leaks nothing.</summary>
    public override string ToString() => $"DeliveredCode {CodeId}";
}
