namespace HuijinCardHub.CardCodes.Domain;

/// <summary>Stored as an int; the numbers are part of the schema and of the reservation SQL.</summary>
internal enum CodeStatus
{
    Available = 0,
    Reserved = 1,
    Sold = 2,
    Void = 3,
}
