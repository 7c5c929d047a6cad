namespace HuijinCardHub.Users.Models;

/// <summary>A form as a page shows it: what was typed (never a password) and every problem, already in the reader's language.</summary>
public sealed class FormPage<TForm>(TForm form)
    where TForm : class
{
    public TForm Form { get; } = form;

    public List<string> Errors { get; } = [];

    public string? Notice { get; set; }
}
