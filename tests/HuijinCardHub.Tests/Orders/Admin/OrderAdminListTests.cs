using System.Net;
using System.Text;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Orders.Admin;

/// <summary>A manager finds orders in the admin and exports them.</summary>
[Collection(OrderAdminCollection.Name)]
public sealed class OrderAdminListTests(OrderAdminShop shop)
{
    [Fact]
    public async Task An_admin_filters_orders_by_status_and_searches_by_order_number()
    {
        var variant = await shop.CodeGoodsAsync("filter", 3);
        var contact = $"f{Guid.NewGuid():N}"[..12] + "@example.com";
        var unpaid = await shop.PlaceAsync(variant, contact: contact);
        var paid = await shop.PlaceAsync(variant, contact: contact);
        await shop.PayAsync(paid.OrderNo);
        var admin = await shop.AdminAsync();

        var byNumber = await admin.GetStringAsync("/admin/orders?q=" + paid.OrderNo);
        Assert.Contains($"data-order-no=\"{paid.OrderNo}\"", byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-order-no=\"{unpaid.OrderNo}\"", byNumber, StringComparison.Ordinal);
        Assert.Contains("data-order-count=\"1\"", byNumber, StringComparison.Ordinal);

        var pending = await admin.GetStringAsync($"/admin/orders?status=PendingPayment&q={Uri.EscapeDataString(contact)}");
        Assert.Contains($"data-order-no=\"{unpaid.OrderNo}\"", pending, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-order-no=\"{paid.OrderNo}\"", pending, StringComparison.Ordinal);
        Assert.Contains("待支付", pending, StringComparison.Ordinal);

        var delivered = await admin.GetStringAsync($"/admin/orders?status=Delivered&q={Uri.EscapeDataString(contact)}");
        Assert.Contains($"data-order-no=\"{paid.OrderNo}\"", delivered, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-order-no=\"{unpaid.OrderNo}\"", delivered, StringComparison.Ordinal);

        // The goods name finds both; the totals are those of the whole filtered set.
        var byGoods = await admin.GetStringAsync("/admin/orders?q=" + Uri.EscapeDataString("后台点卡 filter"));
        Assert.Contains("data-order-count=\"2\"", byGoods, StringComparison.Ordinal);
        Assert.Contains("data-order-sum=\"20.00\"", byGoods, StringComparison.Ordinal);

        // Today in Beijing includes them; a day long past does not.
        var today = (DateTime.UtcNow + TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("data-order-count=\"2\"", await admin.GetStringAsync($"/admin/orders?from={today}&to={today}&q={Uri.EscapeDataString(contact)}"), StringComparison.Ordinal);
        Assert.Contains("data-order-count=\"0\"", await admin.GetStringAsync($"/admin/orders?to=2020-01-01&q={Uri.EscapeDataString(contact)}"), StringComparison.Ordinal);
        Assert.Contains("日期格式应为", await admin.GetStringAsync("/admin/orders?from=yesterday"), StringComparison.Ordinal);

        admin.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var english = await admin.GetStringAsync("/admin/orders?q=" + paid.OrderNo);
        Assert.Contains("Order number", english, StringComparison.Ordinal);
        Assert.Contains("Delivered", english, StringComparison.Ordinal);
        Assert.Contains("Order timeline", await admin.GetStringAsync("/admin/orders/" + paid.OrderNo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_guards_formulas_and_never_holds_a_code()
    {
        var variant = await shop.CodeGoodsAsync("csvsecret", 2);
        var order = await shop.PlaceAsync(variant, contact: "=cmd@example.com");
        await shop.PayAsync(order.OrderNo);
        Assert.Single(await shop.CodesAsync(order.OrderNo));
        var admin = await shop.AdminAsync();

        var response = await admin.GetAsync("/admin/orders/export?q=" + order.OrderNo);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("订单号,", csv, StringComparison.Ordinal);
        Assert.Contains(order.OrderNo, csv, StringComparison.Ordinal);
        Assert.Contains("后台点卡 csvsecret", csv, StringComparison.Ordinal);
        Assert.Contains(",'=cmd@example.com,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("CSVSECRET-0001", csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PW0001", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        Assert.Contains("orders.export", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_order_page_shows_inputs_and_code_counts_but_never_the_codes()
    {
        var variant = await shop.CodeGoodsAsync("detail", 2);
        var order = await shop.PlaceAsync([OrderAdminShop.Line(variant, 2)], contact: "13900001111");
        await shop.PayAsync(order.OrderNo);
        var admin = await shop.AdminAsync();

        var page = await admin.GetStringAsync("/admin/orders/" + order.OrderNo);
        Assert.Contains("data-code-count=\"2\"", page, StringComparison.Ordinal);
        Assert.Contains("13900001111", page, StringComparison.Ordinal);
        Assert.Contains("已自动发货", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DETAIL-000", page, StringComparison.Ordinal);
        Assert.DoesNotContain("PW000", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/orders/20990101000000123456")).StatusCode);
    }

    [Fact]
    public async Task A_guest_is_kept_out_of_the_order_admin()
    {
        var response = await shop.CreateBrowser().GetAsync("/admin/orders");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_shows_todays_orders()
    {
        var admin = await shop.AdminAsync();
        var dashboard = await admin.GetStringAsync("/admin");
        Assert.Contains("today-orders-widget", dashboard, StringComparison.Ordinal);
        Assert.Contains("今日订单", dashboard, StringComparison.Ordinal);
    }
}
