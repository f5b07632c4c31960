namespace Tidings.Cli;

/// <summary>What <see cref="Utf8LineReader.Read"/> found.</summary>
internal enum LineStatus
{
    /// <summary>A line.</summary>
    Line,

    /// <summary>A line longer than the limit; its bytes were skipped.</summary>
    TooLong,

    /// <summary>A line that could not be held in memory (the buffer could not grow); its bytes were skipped.</summary>
    NoMemory,

    /// <summary>The end of the input.</summary>
    End,
}

/// <summary>
/// Reads a stream line by line as raw bytes, so that each line can be validated as UTF-8 on its own.
/// Lines end at <c>\n</c>; a trailing <c>\r</c> and a UTF-8 byte order mark at the start of the input are dropped.
/// Memory grows with the longest line only.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;
    private const int ShrinkAbove = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly Action? _beforeRead;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private bool _discarding;
    private bool _noMemory;
    private long _position;

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="beforeRead">Called before every read from <paramref name="stream"/>, which may block: the place to flush output.</param>
    /// <param name="maxLineBytes">Longer lines are skipped and reported as <see cref="LineStatus.TooLong"/>.</param>
    public Utf8LineReader(Stream stream, Action? beforeRead = null, int maxLineBytes = DefaultMaxLineBytes)
    {
        _stream = stream;
        _beforeRead = beforeRead;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The default line limit, 100 MiB (<c>--max-document-mb</c>'s default).</summary>
    public const int DefaultMaxLineBytes = 100 * 1024 * 1024;

    /// <summary>The UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The number of input bytes consumed by the lines returned so far, terminators included.</summary>
    public long Position => _position;

    /// <summary>The limit on the length of a line, in bytes.</summary>
    public int MaxLineBytes => _maxLineBytes;

    /// <summary>Reads the next line. The span is valid until the next call.</summary>
    public LineStatus Read(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = _start + _scanned + newline;
                return Take(lineEnd, lineEnd + 1, out line);
            }

            _scanned = _end - _start;
            if (_eof)
            {
                if (_start == _end && !_discarding)
                {
                    line = default;
                    return LineStatus.End;
                }

                return Take(_end, _end, out line);
            }

            if (_discarding || _scanned > _maxLineBytes)
            {
                // Too long to keep: drop what we have and skip to the next newline.
                _discarding = true;
                _position += _end - _start;
                _start = _end = _scanned = 0;
            }

            Fill();
        }
    }

    private LineStatus Take(int lineEnd, int next, out ReadOnlySpan<byte> line)
    {
        line = _buffer.AsSpan(_start, lineEnd - _start);
        _position += next - _start;
        _start = next;
        _scanned = 0;
        LineNumber++;
        if (_discarding)
        {
            _discarding = false;
            line = default;
            if (_noMemory)
            {
                _noMemory = false;
                return LineStatus.NoMemory;
            }

            return LineStatus.TooLong;
        }

        if (line.Length > _maxLineBytes)
        {
            line = default;
            return LineStatus.TooLong;
        }

        if (LineNumber == 1 && line.StartsWith(ByteOrderMark))
        {
            line = line[ByteOrderMark.Length..];
        }

        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return LineStatus.Line;
    }

    private void Fill()
    {
        int pending = _end - _start;
        if (pending == 0 && _buffer.Length > ShrinkAbove)
        {
            _buffer = new byte[InitialBufferSize];
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }
        else if (pending == _buffer.Length)
        {
            int size = (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength);
            if (size == _buffer.Length)
            {
                throw new InvalidOperationException("A line is too long to buffer.");
            }

            try
            {
                Array.Resize(ref _buffer, size);
            }
            catch (OutOfMemoryException)
            {
                // Contain it to this line: skip to its end as if it were too long, and say why.
                _buffer = new byte[InitialBufferSize];
                _position += pending;
                pending = 0;
                _scanned = 0;
                _discarding = true;
                _noMemory = true;
            }
        }

        _start = 0;
        _end = pending;
        _beforeRead?.Invoke();
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }
}
