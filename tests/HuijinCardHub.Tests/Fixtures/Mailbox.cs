namespace HuijinCardHub.Tests.Fixtures;

/// <summary>The shop's test mail pickup folder, read the way a recipient reads: the HTML body of each message.</summary>
internal static class Mailbox
{
    /// <summary>Waits for a message to <paramref name="to"/> whose body contains <paramref name="text"/> (outbox mail is sent in the background).</summary>
    public static async Task<string> WaitForAsync(ShopFactory shop, string to, string text)
    {
        var folder = shop.MailFolder();
        for (var i = 0; i < 200; i++)
        {
            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(b => b.Address == to))
                    .Select(m => m.HtmlBody ?? "")
                    .FirstOrDefault(b => b.Contains(text, StringComparison.Ordinal))
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} containing {text}");
    }
}
