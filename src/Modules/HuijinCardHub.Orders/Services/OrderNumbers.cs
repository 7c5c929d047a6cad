using System.Globalization;
using System.Security.Cryptography;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Order numbers a buyer can read out on the phone: the creation time in China (yyyyMMddHHmmss) and six random
/// digits, e.g. 20261125073015482931. Random, so a number tells nothing about other orders; unique by index.
/// </summary>
internal static class OrderNumbers
{
    public const int Length = 20;

    public static string New(DateTime utcNow) =>
        ShopTime.Format(utcNow, "yyyyMMddHHmmss") +
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static bool LooksValid(string? orderNo) =>
        orderNo is { Length: Length } && orderNo.All(char.IsAsciiDigit);
}
