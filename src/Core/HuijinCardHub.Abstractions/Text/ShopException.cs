namespace HuijinCardHub.Text;

/// <summary>Bad input or a refused action, with a message fit to show the person who caused it.</summary>
public class ShopException : Exception
{
    public ShopException(Bilingual message) : base(message.English) => Text = message;

    public ShopException(Bilingual message, Exception inner) : base(message.English, inner) => Text = message;

    public ShopException() : this(new Bilingual("操作失败", "The operation failed"))
    {
    }

    public ShopException(string message) : this(new Bilingual(message, message))
    {
    }

    public ShopException(string message, Exception inner) : this(new Bilingual(message, message), inner)
    {
    }

    public Bilingual Text { get; }

    /// <summary>The message in the current UI culture.</summary>
    public string Localized => Text.ToString();
}
