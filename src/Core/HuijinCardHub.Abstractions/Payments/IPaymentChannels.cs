namespace HuijinCardHub.Payments;

/// <summary>
/// The channels the current site offers, for the pages that show a channel picker (Orders' order page, Balance's
/// top-up form). Provided by the Payments module, which also owns where the picker posts:
/// <c>POST /order/{orderNo}/pay</c> (field <c>channel</c>) and <c>POST /pay/top-up</c> (fields <c>channel</c>,
/// <c>amount</c> in yuan, <c>request</c>), both with the storefront antiforgery token.
/// </summary>
public interface IPaymentChannels
{
    /// <summary>
    /// The enabled channels of the current site whose provider is ready and whose limits admit the amount, in display
    /// order, each with its fee: members-only channels only for a member, top-ups never through the wallet itself.
    /// </summary>
    Task<IReadOnlyList<PaymentChannelOption>> OfferedAsync(Money amount, string? userId, PaymentPurpose purpose, CancellationToken cancellationToken = default);
}
