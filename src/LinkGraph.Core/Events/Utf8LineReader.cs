using System.Buffers;

namespace LinkGraph.Core.Events;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it, holding at most one line (up to a cap) in memory.
/// A line ends at '\n' (a preceding '\r' is dropped); a leading UTF-8 byte-order mark is skipped. A line
/// longer than the cap is skipped to its end and reported as too long rather than buffered.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private byte[] _buffer;

    // The part of the pooled buffer in use (a rented array may be longer): never more than a line's cap plus one,
    // so a longer line is found too long before its end is seen.
    private int _capacity;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;

    public Utf8LineReader(Stream stream, int maxLineLength)
    {
        _stream = stream;
        _maxLineLength = maxLineLength;
        // Pooled: one reader per request body, so a fresh 64 KB buffer each time would be garbage.
        _capacity = Math.Min(64 * 1024, maxLineLength + 1);
        _buffer = ArrayPool<byte>.Shared.Rent(_capacity);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line (valid until the next call), or false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(pending[..newline]);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                line = TrimCarriageReturn(pending);
                _start = _end;
                if (pending.IsEmpty)
                {
                    return false;
                }

                LineNumber++;
                return true;
            }

            if (pending.Length > _maxLineLength)
            {
                SkipToNextLine();
                LineNumber++;
                tooLong = true;
                line = default;
                return true;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = _capacity = 0;
        _eof = true;
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _capacity)
        {
            _capacity = Math.Min(_capacity * 2, _maxLineLength + 1);
            var larger = ArrayPool<byte>.Shared.Rent(_capacity);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _capacity - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        if (!_started && _end >= 3)
        {
            _started = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }

    private void SkipToNextLine()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _start = _end = 0;
            var read = _stream.Read(_buffer, 0, _capacity);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            _end = read;
        }
    }
}
