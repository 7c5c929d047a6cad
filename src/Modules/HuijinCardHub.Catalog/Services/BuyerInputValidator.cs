using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Checks a buyer's values against the goods' input fields, as stored now.</summary>
internal sealed class BuyerInputValidator(CatalogDbContext db) : IBuyerInputValidator
{
    public async Task<IReadOnlyDictionary<string, Bilingual>> ValidateAsync(long goodsId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var fields = await db.InputFields.AsNoTracking().Where(f => f.GoodsId == goodsId).OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, Bilingual>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var value = values.FirstOrDefault(v => string.Equals(v.Key, field.Key, StringComparison.OrdinalIgnoreCase)).Value;
            if (BuyerInputCheck.Check(field, value) is { } problem)
            {
                errors[field.Key] = problem;
            }
        }

        return errors;
    }
}
