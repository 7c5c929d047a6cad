namespace HuijinCardHub.CardCodes.Data;

/// <summary>The codes table as the hand-written SQL names it (quoted identifiers read the same on SQLite and PostgreSQL).</summary>
internal static class CodeTable
{
    public const string Name = "CardCodes_Codes";

    public const string Quoted = "\"CardCodes_Codes\"";
}
