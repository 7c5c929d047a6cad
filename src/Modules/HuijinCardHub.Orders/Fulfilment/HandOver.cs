using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>A kind that a person hands over, in the buyer's words: while the line waits, and once it is done.</summary>
internal sealed record HandOver(string Kind, Bilingual Name, Bilingual Waiting, Bilingual Done);
