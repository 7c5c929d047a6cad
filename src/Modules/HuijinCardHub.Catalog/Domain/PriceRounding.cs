namespace HuijinCardHub.Catalog.Domain;

/// <summary>How a dynamic price is rounded: always up, so a rounded price never eats the markup.</summary>
internal enum PriceRounding
{
    None = 0,
    Jiao = 1,
    Yuan = 2,
}
