using System.Threading.Channels;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>One line of an import, read, checked, hashed and encrypted: ready for the writer, or with its problem.</summary>
internal readonly record struct PreparedCodeLine(long Line, byte[]? Hash, byte[]? Cipher, string? Masked, Bilingual? Problem);

/// <summary>
/// Reads, checks, hashes and encrypts the lines of an import on a task of its own, a block at a time, while the
/// caller writes the previous blocks: on two cores the cryptography and the database each get one instead of
/// taking turns. At most <see cref="BlocksAhead"/> blocks wait, so memory stays flat whatever the file's size; that
/// is more lines than a PostgreSQL chunk, so the next chunk is ready when an insert returns (with 4 blocks, fewer
/// than a chunk, the writer waited on the cryptography after every insert: 48,531 lines/s against 58,308).
/// Blocks come out in line order, so the report reads exactly as if it were done one line after another.
/// </summary>
internal sealed class PreparedCodeLines : IAsyncDisposable
{
    private const int BlockSize = 1_000;
    private const int BlocksAhead = 12;

    private readonly Channel<PreparedCodeLine[]> _blocks = Channel.CreateBounded<PreparedCodeLine[]>(
        new BoundedChannelOptions(BlocksAhead) { SingleReader = true, SingleWriter = true });

    private readonly CancellationTokenSource _stop;
    private readonly Task _producer;

    public PreparedCodeLines(TextReader lines, CodeCipher cipher, long goodsId, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _producer = Task.Run(() => ProduceAsync(lines, cipher, goodsId, _stop.Token), CancellationToken.None);
    }

    /// <summary>How many lines the file had; known once every block has been read.</summary>
    public long LineCount { get; private set; }

    public IAsyncEnumerable<PreparedCodeLine[]> ReadAllAsync(CancellationToken cancellationToken) => _blocks.Reader.ReadAllAsync(cancellationToken);

    private async Task ProduceAsync(TextReader lines, CodeCipher cipher, long goodsId, CancellationToken cancellationToken)
    {
        try
        {
            var reader = new CodeLineReader(lines, CodeLineParser.MaxLength);
            var block = new List<PreparedCodeLine>(BlockSize);
            while (await reader.ReadAsync(cancellationToken) is { } line)
            {
                var (code, problem) = CodeLineParser.Parse(line.Text, line.TooLong);
                block.Add(problem is not null
                    ? new PreparedCodeLine(reader.LineNumber, null, null, null, problem)
                    : new PreparedCodeLine(reader.LineNumber, cipher.Hash(code), cipher.Encrypt(goodsId, code), code.Masked(), null));
                if (block.Count == BlockSize)
                {
                    await _blocks.Writer.WriteAsync([.. block], cancellationToken);
                    block.Clear();
                }
            }

            if (block.Count > 0)
            {
                await _blocks.Writer.WriteAsync([.. block], cancellationToken);
            }

            LineCount = reader.LineNumber;
            _blocks.Writer.Complete();
        }
        catch (Exception exception)
        {
            // The reader sees it (a file that cannot be decoded, a cancelled request) instead of waiting forever.
            _blocks.Writer.TryComplete(exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The writer may have stopped early (a database error): the producer must not wait on a full channel.
        await _stop.CancelAsync();
        await _producer;
        _stop.Dispose();
    }
}
