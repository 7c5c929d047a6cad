using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog;

/// <summary>Checks what a buyer typed (QQ number, phone, account...) against a goods' input fields.</summary>
public interface IBuyerInputValidator
{
    /// <summary>Errors by field key; empty when every value is acceptable. Unknown keys are ignored.</summary>
    Task<IReadOnlyDictionary<string, Bilingual>> ValidateAsync(long goodsId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default);
}
