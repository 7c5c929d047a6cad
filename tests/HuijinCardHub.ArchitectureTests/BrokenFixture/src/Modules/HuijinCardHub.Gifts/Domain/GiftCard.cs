using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Gifts.Domain;

[Index(nameof(Code), IsUnique = true)]
internal sealed class GiftCard
{
    public long Id { get; set; }

    public string Code { get; set; } = "";
}
