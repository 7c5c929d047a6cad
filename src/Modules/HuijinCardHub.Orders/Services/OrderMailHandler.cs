using System.Net;
using System.Text;
using System.Text.Json;
using HuijinCardHub.Jobs;
using HuijinCardHub.Messaging;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Storefront;
using HuijinCardHub.Settings;
using HuijinCardHub.Sites;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// E-mails the buyer their codes after delivery, when they gave an e-mail address. Runs from the outbox so a mail
/// server that is down only delays the message. The codes appear in the mail body only, never in a log.
/// </summary>
internal sealed class OrderMailHandler(
    OrdersDbContext db,
    LineFulfilments fulfilments,
    IEnumerable<IEmailSender> senders,
    ISettingsStore settings,
    IPublicLinks links) : IOutboxHandler
{
    public const string TopicName = "orders.mail-codes";

    public string Topic => TopicName;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var job = JsonSerializer.Deserialize<OrderJob>(message.PayloadJson) ?? throw new InvalidOperationException("Empty order job.");
        var sender = senders.FirstOrDefault();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == job.OrderNo, cancellationToken);
        if (sender is null || order is not { ContactKind: ContactKind.Email, Contact: not null } ||
            !(await settings.GetAsync<OrderSettings>(cancellationToken)).EmailCodes)
        {
            return;
        }

        var body = new StringBuilder();
        body.Append("<p>您的订单 ").Append(order.OrderNo).Append(" 已发货，卡密如下。<br>Your order ").Append(order.OrderNo).Append(" has been delivered; your codes:</p>");
        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        foreach (var line in lines)
        {
            // What each line's fulfilment hands over to read: codes; a line that hands over nothing to read is left out.
            var codes = fulfilments.Find(line.Fulfilment) is { } fulfilment
                ? await fulfilment.RevealAsync(LineFulfilments.Describe(order.OrderNo, line), cancellationToken)
                : [];
            if (codes.Count == 0)
            {
                continue;
            }

            body.Append("<h3>").Append(WebUtility.HtmlEncode($"{line.GoodsName} · {line.VariantName}")).Append("</h3><ol>");
            foreach (var code in codes)
            {
                body.Append("<li><code>").Append(WebUtility.HtmlEncode(code.Text)).Append("</code></li>");
            }

            body.Append("</ol>");
        }

        // The shop's configured address: this mail is sent from the outbox, where no request says where the shop is.
        var orderPage = WebUtility.HtmlEncode(await links.BuildAsync(OrderFormat.Url(order.OrderNo), cancellationToken: cancellationToken));
        body.Append("<p>订单页面 / Your order: <a href=\"").Append(orderPage).Append("\">").Append(orderPage).Append("</a></p>");
        body.Append("<p>请妥善保管，勿泄露给他人。Keep them safe and do not share them.</p>");
        await sender.SendAsync(order.Contact, $"订单 {order.OrderNo} 已发货 / Order delivered", body.ToString(), cancellationToken);
    }
}
