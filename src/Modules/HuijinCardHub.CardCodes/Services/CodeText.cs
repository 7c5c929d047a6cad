namespace HuijinCardHub.CardCodes.Services;

/// <summary>A code in clear: a card number and maybe a password. Never logged: ToString hides it.</summary>
internal readonly record struct CodeText(string CardNumber, string? Password)
{
    /// <summary>The form that is hashed and encrypted; a line break cannot be part of a valid code.</summary>
    public string Canonical => Password is null ? CardNumber : CardNumber + "\n" + Password;

    public static CodeText FromCanonical(string text)
    {
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        return split < 0 ? new CodeText(text, null) : new CodeText(text[..split], text[(split + 1)..]);
    }

    /// <summary>"ABCD****WXYZ": enough to tell codes apart in a list, too little to use one.</summary>
    public string Masked()
    {
        var number = CardNumber;
        var keep = number.Length >= 12 ? 4 : number.Length >= 8 ? 2 : number.Length >= 5 ? 1 : 0;
        if (number.AsSpan(0, keep).ContainsAnyInRange('\uD800', '\uDFFF') || number.AsSpan(number.Length - keep).ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            keep = 0;
        }

        var masked = number[..keep] + "****" + number[(number.Length - keep)..];
        return Password is null ? masked : masked + " / ******";
    }

    public override string ToString() => "CodeText(hidden)";
}
