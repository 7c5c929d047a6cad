using System.Globalization;
using System.Text;
using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// Collects a page and stops a template that writes too much or for too long: Fluid has no cancellation
/// of its own, so the writer is where a runaway render is noticed.
/// </summary>
internal sealed class BoundedWriter(int maxChars, CancellationToken cancellationToken) : StringWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    private void Check(int adding)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (GetStringBuilder().Length + adding > maxChars)
        {
            throw new ShopException(new Bilingual("模板输出过大", "The template wrote too much output"));
        }
    }
}
