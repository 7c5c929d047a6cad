using HuijinCardHub.Theming;

namespace HuijinCardHub.Orders.Storefront;

/// <summary><c>Model</c> of the "checkout" and "cart" templates: lines priced for the buyer, and the form posting to <c>Action</c>.</summary>
/// <param name="ExpiryMinutes">How long this buyer's unpaid order holds its stock (guests' is shorter).</param>
/// <param name="RequestId">Posted back as <c>request</c>: the same form posted twice makes one order.</param>
[LiquidModel]
internal sealed record CheckoutViewModel(
    IReadOnlyList<CheckoutLineModel> Lines,
    string Total,
    bool IsGuest,
    string? Contact,
    string? Error,
    string FormToken,
    string Action,
    int ExpiryMinutes,
    string RequestId);

/// <param name="Inputs">What the buyer typed, shown back; <paramref name="Hidden"/> carries them through the form.</param>
[LiquidModel]
internal sealed record CheckoutLineModel(
    string GoodsName,
    string VariantName,
    long VariantId,
    int Quantity,
    string UnitPrice,
    string LineTotal,
    string? PriceNote,
    IReadOnlyList<NameValueModel> Inputs,
    IReadOnlyList<NameValueModel> Hidden);

[LiquidModel]
internal sealed record NameValueModel(string Name, string Value);


/// <summary>
/// <c>Model</c> of the "order" template. It holds no code values: those are attached beside it for the built-in
/// <c>{% delivered_codes line.Number %}</c> tag (see <see cref="HuijinCardHub.Theming.ICodesOnPage"/>), and only for
/// someone allowed to see them, so an edited template can neither read nor send them anywhere.
/// </summary>
[LiquidModel]
internal sealed record OrderViewModel(
    string OrderNo,
    string Status,
    string StatusText,
    string Total,
    string? Refunded,
    string CreatedAt,
    string? ExpiresAt,
    string? PaidAt,
    string? PaymentChannel,
    bool Pending,
    bool Delivered,
    bool Locked,
    bool CanReport,
    IReadOnlyList<PayChannelModel> Channels,
    IReadOnlyList<OrderLineModel> Lines,
    IReadOnlyList<TimelineModel> Timeline,
    IReadOnlyList<TicketModel> Tickets,
    string FormToken,
    string? Error,
    string? Notice,
    IReadOnlyList<DiscountModel> Discounts);

/// <summary>A discount line of the order: what was saved, why, and what the margin floor cut off (null when nothing).</summary>
[LiquidModel]
internal sealed record DiscountModel(int LineNumber, string Label, string Amount, string? CutNote);

[LiquidModel]
internal sealed record PayChannelModel(string Code, string Name);

/// <param name="Number">The line's number from 1, for <c>{% delivered_codes line.Number %}</c>.</param>
/// <param name="Codes">The line's codes without their values: which exist, for the after-sales form.</param>
/// <param name="Progress">What the line's fulfilment tells the buyer ("卡密见下方", "等待客服发货", "等待供货商充值").</param>
[LiquidModel]
internal sealed record OrderLineModel(
    int Number,
    string GoodsName,
    string VariantName,
    string KindText,
    int Quantity,
    string UnitPrice,
    string LineTotal,
    IReadOnlyList<NameValueModel> Inputs,
    IReadOnlyList<CodeModel> Codes,
    string? DeliveryNote,
    bool Fulfilled,
    string Progress);

/// <summary>A delivered code as a template may know it: its id and whether it was replaced, never its value.</summary>
/// <param name="Replaced">A code reported bad and replaced (the tag shows it struck through).</param>
[LiquidModel]
internal sealed record CodeModel(long Id, bool Replaced);

[LiquidModel]
internal sealed record TimelineModel(string At, string Text, string? StatusText);

[LiquidModel]
internal sealed record TicketModel(long Id, string OrderNo, string Reason, string Status, string StatusText, string? Resolution, string CreatedAt, string Url);

/// <summary><c>Model</c> of the "lookup" template.</summary>
[LiquidModel]
internal sealed record LookupViewModel(string? Subject, string? Error, bool Throttled, IReadOnlyList<OrderRowModel> Orders, string FormToken);

[LiquidModel]
internal sealed record OrderRowModel(string OrderNo, string Url, string Goods, string Total, string Status, string StatusText, string CreatedAt);

/// <summary><c>Model</c> of the "account-orders" template (member centre).</summary>
[LiquidModel]
internal sealed record AccountOrdersViewModel(string UserName, IReadOnlyList<OrderRowModel> Orders, int Page, bool HasMore);

/// <summary><c>Model</c> of the "account-tickets" template (member centre).</summary>
[LiquidModel]
internal sealed record AccountTicketsViewModel(string UserName, IReadOnlyList<TicketModel> Tickets);
