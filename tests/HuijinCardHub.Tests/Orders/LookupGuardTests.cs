using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Orders.Services;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// Someone guessing guest query passwords: every guess is counted before it is checked, only the guesser's own address
/// is refused, and an order that exists looks, costs and answers like one that does not.
/// </summary>
[Collection(GuardedCollection.Name)]
public sealed partial class LookupGuardTests(GuardedShop shop)
{
    private const string RightPassword = "right-pass-1";
    private static int buyers;

    /// <summary>Tokens, nonces and the number itself differ from page to page; what is left must be the same.</summary>
    [GeneratedRegex("(value|nonce)=\"[^\"]*\"")]
    private static partial Regex Varying();

    private async Task<string> BoughtAsync(string tag, string contact)
    {
        var variant = await shop.CodeGoodsAsync(tag, 1);
        using var buyer = shop.BrowserFrom($"10.1.{Interlocked.Increment(ref buyers)}.1");
        return GuardedCheckouts.OrderNoOf(await buyer.BuyAsGuestAsync(variant.Id, contact, RightPassword));
    }

    [Fact]
    public async Task Thirty_guesses_at_once_from_one_address_get_only_the_allowance_checked()
    {
        var orderNo = await BoughtAsync("burst", "13900000001");
        using var guesser = shop.BrowserFrom("10.2.0.1");
        var token = await guesser.LookupTokenAsync();
        using var counter = shop.CountPasswordChecks();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => guesser.LookUpAsync(token, orderNo, $"guess-{i:D4}")));

        // The shop's allowance is five lookups per address in ten minutes: five are checked (and wrong), the rest refused unchecked.
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(25, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, counter.Checks);
    }

    [Fact]
    public async Task Strangers_spending_their_allowance_do_not_lock_the_buyer_out()
    {
        var orderNo = await BoughtAsync("lockout", "13900000002");
        foreach (var address in new[] { "10.3.0.1", "10.3.0.2", "10.3.0.3" })
        {
            using var stranger = shop.BrowserFrom(address);
            var token = await stranger.LookupTokenAsync();
            for (var i = 0; i < 6; i++)
            {
                await stranger.LookUpAsync(token, orderNo, $"not-it-{i}");
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, (await stranger.LookUpAsync(token, orderNo, RightPassword)).StatusCode);
        }

        using var buyer = shop.BrowserFrom("10.3.0.9");
        var found = await buyer.LookUpAsync(await buyer.LookupTokenAsync(), orderNo, RightPassword);
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Contains("点卡 lockout", await buyer.GetStringAsync(found.Headers.Location!.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_page_and_a_lookup_answer_alike_for_a_real_and_a_made_up_order()
    {
        var real = await BoughtAsync("alike", "13900000003");
        var madeUp = real[..14] + (real[14..] == "000000" ? "000001" : "000000");
        using var stranger = shop.BrowserFrom("10.4.0.1");

        var realPage = await stranger.GetAsync("/order/" + real);
        var madeUpPage = await stranger.GetAsync("/order/" + madeUp);
        Assert.Equal(HttpStatusCode.OK, realPage.StatusCode);
        Assert.Equal(realPage.StatusCode, madeUpPage.StatusCode);
        Assert.Equal(Comparable(await realPage.Content.ReadAsStringAsync(), real), Comparable(await madeUpPage.Content.ReadAsStringAsync(), madeUp));
        Assert.DoesNotContain("点卡 alike", await realPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var token = await stranger.LookupTokenAsync();
        var realLookup = await stranger.LookUpAsync(token, real, "wrong-pass");
        var madeUpLookup = await stranger.LookUpAsync(token, madeUp, "wrong-pass");
        Assert.Equal(HttpStatusCode.BadRequest, realLookup.StatusCode);
        Assert.Equal(realLookup.StatusCode, madeUpLookup.StatusCode);
        Assert.Equal(Comparable(await realLookup.Content.ReadAsStringAsync(), real), Comparable(await madeUpLookup.Content.ReadAsStringAsync(), madeUp));
    }

    [Fact]
    public async Task Order_pages_opened_without_access_are_counted_per_visitor()
    {
        var real = await BoughtAsync("pages", "13900000004");
        using var prober = shop.BrowserFrom("10.5.0.1");
        for (var i = 0; i < LookupThrottle.LockedPagesPerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await prober.GetAsync($"/order/2026010100000{i:D7}")).StatusCode);
        }

        var refused = await prober.GetAsync("/order/" + real);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("查询次数过多", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var someoneElse = shop.BrowserFrom("10.5.0.2");
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/order/" + real)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_order_or_contact_costs_the_same_password_checks_as_a_known_one()
    {
        var orderNo = await BoughtAsync("cost", "13900000005");
        var madeUp = orderNo[..14] + (orderNo[14..] == "000000" ? "000001" : "000000");
        var cost = new Dictionary<string, long>();
        var address = 0;
        foreach (var subject in new[] { orderNo, madeUp, "13900000005", "13900009999" })
        {
            using var guesser = shop.BrowserFrom($"10.6.0.{++address}");
            var token = await guesser.LookupTokenAsync();
            using var counter = shop.CountPasswordChecks();
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.LookUpAsync(token, subject, "wrong-pass")).StatusCode);
            cost[subject] = counter.Checks;
        }

        Assert.Equal(1, cost[orderNo]);
        Assert.Equal(cost[orderNo], cost[madeUp]);
        Assert.Equal(OrderLookup.MaxResults, cost["13900000005"]);
        Assert.Equal(cost["13900000005"], cost["13900009999"]);
    }

    private static string Comparable(string html, string orderNo) => Varying().Replace(html.Replace(orderNo, "#", StringComparison.Ordinal), "$1=\"\"");
}
