using System.Buffers;
using System.Globalization;
using System.Text;
using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// Collects a rendered page in a pooled char array and stops a template that writes too much or for too long:
/// Fluid has no cancellation of its own, so the writer is where a runaway render is noticed. Pooled because a
/// page rendered into a StringWriter and copied into a string twice (body, then layout) was most of what every
/// storefront request allocated. Dispose returns the array; read <see cref="Written"/> before that.
/// </summary>
internal sealed class PageBuffer(int maxChars, CancellationToken cancellationToken) : TextWriter(CultureInfo.InvariantCulture)
{
    private const int FirstSize = 16 * 1024;

    private char[] _chars = ArrayPool<char>.Shared.Rent(FirstSize);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public override void Write(char value)
    {
        Reserve(1)[0] = value;
        _length++;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        buffer.CopyTo(Reserve(buffer.Length));
        _length += buffer.Length;
    }

    // TextWriter's own async writes queue a task per call; the buffer is memory, so they finish at once.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override string ToString() => new(Written);

    protected override void Dispose(bool disposing)
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        base.Dispose(disposing);
    }

    private Span<char> Reserve(int adding)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var needed = _length + adding;
        if (needed > maxChars)
        {
            throw new ShopException(new Bilingual("模板输出过大", "The template wrote too much output"));
        }

        if (needed > _chars.Length)
        {
            ObjectDisposedException.ThrowIf(_chars.Length == 0, this);
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(needed, Math.Min(maxChars, _chars.Length * 2)));
            Written.CopyTo(grown);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = grown;
        }

        return _chars.AsSpan(_length, adding);
    }
}
