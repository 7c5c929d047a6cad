using System.Globalization;

namespace HuijinCardHub.Text;

/// <summary>A message a person reads: Chinese first, English too; shown in the reader's UI language.</summary>
public sealed record Bilingual(string Chinese, string English)
{
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Chinese;

    public override string ToString() => In(CultureInfo.CurrentUICulture);
}
