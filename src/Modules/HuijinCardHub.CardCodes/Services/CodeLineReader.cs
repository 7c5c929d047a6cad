using System.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Reads lines like TextReader.ReadLine, but keeps at most <c>maxLength + 1</c> characters of a line:
/// a 10 MB line costs no more memory than a short one, it is only marked too long.
/// </summary>
internal sealed class CodeLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private bool _skipLineFeed;

    public long LineNumber { get; private set; }

    /// <summary>The next line, or null at the end. TooLong lines come back cut.</summary>
    public async ValueTask<(string Text, bool TooLong)?> ReadAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    LineNumber++;
                    return (_line.ToString(), tooLong);
                }
            }

            var c = _buffer[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (c is '\n' or '\r')
            {
                _skipLineFeed = c == '\r';
                LineNumber++;
                return (_line.ToString(), tooLong);
            }

            any = true;
            if (_line.Length < maxLength)
            {
                _line.Append(c);
            }
            else
            {
                tooLong = true;
            }
        }
    }
}
