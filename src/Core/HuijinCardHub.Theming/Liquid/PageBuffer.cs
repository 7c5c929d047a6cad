using System.Buffers;
using System.Globalization;
using System.Text;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Liquid.Limits;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// Collects a rendered page in a pooled char array and stops a template that writes too much or for too long:
/// Fluid has no cancellation of its own, so the writer is where a runaway render is noticed. Pooled because a
/// page rendered into a StringWriter and copied into a string twice (body, then layout) was most of what every
/// storefront request allocated. Dispose returns the array; read <see cref="Written"/> before that.
/// It also remembers where the <c>{% delivered_codes %}</c> tag stood (<see cref="CodeMarks"/>): codes are written
/// there only after the whole page is rendered, so no template ever has them as text.
/// </summary>
internal sealed class PageBuffer(int maxChars, RenderBudget budget) : TextWriter(CultureInfo.InvariantCulture)
{
    private const int FirstSize = 16 * 1024;

    private char[] _chars = ArrayPool<char>.Shared.Rent(FirstSize);
    private int _length;
    private List<CodeMark>? _marks;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public IReadOnlyList<CodeMark> CodeMarks => _marks ?? (IReadOnlyList<CodeMark>)[];

    /// <summary>The codes of <paramref name="line"/> (0: every line) go here once the page is finished.</summary>
    public void MarkCodes(int line) => (_marks ??= []).Add(new CodeMark(_length, line));

    /// <summary>Writes a finished body (the layout's <c>Content</c>) with its code marks, moved to where it lands.</summary>
    public void WritePage(PageBuffer body)
    {
        foreach (var mark in body.CodeMarks)
        {
            (_marks ??= []).Add(mark with { Offset = _length + mark.Offset });
        }

        Write(body.Written);
    }

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
        _marks = null;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        base.Dispose(disposing);
    }

    private Span<char> Reserve(int adding)
    {
        budget.Check();
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

/// <summary>Where in a page the codes of a line (0: all lines) are to be written.</summary>
internal readonly record struct CodeMark(int Offset, int Line);
