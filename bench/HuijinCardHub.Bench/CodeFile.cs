using System.Globalization;
using System.Text;

namespace HuijinCardHub.Bench;

/// <summary>
/// A generated import file as merchants upload them: one code per line, every third a card number and password
/// split by "----", and every 20th line (5%) a duplicate: half repeat a line earlier in the file, half repeat
/// a code the previous file already stocked (or, for the first file, an earlier line).
/// </summary>
internal sealed record CodeFile(string Path, int Lines, int Unique)
{
    public int Duplicates => Lines - Unique;

    public static CodeFile Write(string path, int lines, int run, CodeFile? previous)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        var unique = 0;
        for (var line = 0; line < lines; line++)
        {
            if (line % 20 == 19 && unique > 10)
            {
                var fromStock = previous is not null && line / 20 % 2 == 1;
                writer.Write(fromStock ? Code(run - 1, line % previous!.Unique) : Code(run, unique - 10));
            }
            else
            {
                writer.Write(Code(run, unique++));
            }

            writer.Write('\n');
        }

        return new CodeFile(path, lines, unique);
    }

    /// <summary>Looks random enough for the keyed hash and the masked preview; unique per (run, index).</summary>
    private static string Code(int run, int index)
    {
        var scrambled = (ulong)index * 0x9E3779B97F4A7C15UL ^ (ulong)run << 56;
        return index % 3 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"BN{run}{index:D9}----{scrambled % 1_000_000:D6}")
            : string.Create(CultureInfo.InvariantCulture, $"BC{run}{scrambled:X16}");
    }
}
