namespace HuijinCardHub.Payments;

/// <summary>How a payment is put in front of the buyer once created.</summary>
public enum PaymentPresentation
{
    /// <summary>The browser goes to the gateway's page (a redirect or a form posted to it).</summary>
    Redirect,

    /// <summary>The buyer scans a QR code with the gateway's app; the page waits for the payment.</summary>
    QrCode,

    /// <summary>Parameters for an app or mini-program to pay with (open API).</summary>
    InApp,

    /// <summary>Paid at once, inside the shop (the balance wallet): no gateway, no notification.</summary>
    AtOnce,
}
