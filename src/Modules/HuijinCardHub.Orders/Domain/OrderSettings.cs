using HuijinCardHub.Settings;

namespace HuijinCardHub.Orders.Domain;

[SettingsSection("Orders", Title = "订单 / Orders", Permission = "ManageOrders")]
internal sealed class OrderSettings
{
    /// <summary>Unpaid orders expire and give their codes back after this many minutes.</summary>
    public int ExpiryMinutes { get; set; } = 15;

    /// <summary>The sandbox `instant` channel marks an order paid without any payment: never on in a real shop.</summary>
    public bool InstantTestChannel { get; set; }

    /// <summary>Wrong order-lookup passwords allowed per visitor in ten minutes before lookups are refused.</summary>
    public int LookupFailuresPerTenMinutes { get; set; } = 5;

    /// <summary>Send the buyer an e-mail with the codes once delivered (needs SMTP in the Users settings).</summary>
    public bool EmailCodes { get; set; } = true;

    /// <summary>Most lines a cart may hold.</summary>
    public int MaxCartLines { get; set; } = 20;
}
