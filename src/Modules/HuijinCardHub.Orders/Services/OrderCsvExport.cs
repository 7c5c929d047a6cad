using System.Text;
using System.Text.Json;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Writes the filtered orders as CSV (UTF-8 with BOM, so Excel shows Chinese), in batches so a large export never
/// sits in memory. Codes are never part of it, nor are staff delivery notes (they may hold account passwords).
/// </summary>
internal sealed class OrderCsvExport(OrderAdminQueries queries)
{
    public const int MaxRows = 100_000;
    private const int Batch = 500;

    public static IReadOnlyList<Bilingual> Columns { get; } =
    [
        new("订单号", "Order number"), new("下单时间（北京时间）", "Placed (Beijing time)"), new("状态", "Status"),
        new("会员", "Member"), new("联系方式", "Contact"), new("商品", "Goods"), new("买家填写", "Buyer inputs"),
        new("订单金额", "Total"), new("已退款", "Refunded"), new("支付方式", "Payment"), new("交易号", "Transaction"),
        new("支付时间（北京时间）", "Paid (Beijing time)"), new("发货时间（北京时间）", "Delivered (Beijing time)"),
    ];

    /// <summary>Returns how many orders were written.</summary>
    public async Task<int> WriteAsync(OrderFilter filter, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(CsvCell.Line(Columns.Select(c => c.ToString())));
        var written = 0;
        long? before = null;
        while (written < MaxRows)
        {
            var query = queries.Filter(filter);
            if (before is { } last)
            {
                query = query.Where(o => o.Id < last);
            }

            var orders = await query.Include(o => o.Lines).OrderByDescending(o => o.Id).Take(Math.Min(Batch, MaxRows - written)).ToListAsync(cancellationToken);
            foreach (var order in orders)
            {
                await writer.WriteAsync(CsvCell.Line(Cells(order)));
            }

            written += orders.Count;
            if (orders.Count < Batch)
            {
                break;
            }

            before = orders[^1].Id;
            await writer.FlushAsync(cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return written;
    }

    private static IEnumerable<string?> Cells(Order order)
    {
        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        yield return order.OrderNo;
        yield return ShopTime.Format(order.CreatedUtc);
        yield return OrderStatuses.Name(order.Status).ToString();
        yield return order.UserName ?? order.UserId;
        yield return order.Contact;
        yield return string.Join("；", lines.Select(l => $"{l.GoodsName}（{l.VariantName}）× {l.Quantity}"));
        yield return string.Join("；", lines.Select(l => Inputs(l.InputsJson)).Where(t => t.Length > 0));
        yield return order.Total.ToYuanString();
        yield return order.Refunded.ToYuanString();
        yield return order.PaymentChannel;
        yield return order.TransactionId;
        yield return ShopTime.Format(order.PaidUtc);
        yield return ShopTime.Format(order.DeliveredUtc);
    }

    private static string Inputs(string json)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
            return string.Join(" ", values.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={p.Value}"));
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
