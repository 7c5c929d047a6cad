namespace HuijinCardHub.Security;
/// <summary>A right to do something in the admin. Checked on every admin action.</summary>
public sealed record Permission(string Name, Text.Bilingual Description, string Category = "");
