using System.Text;

namespace Tidings.Cli;

/// <summary>
/// Recognizes UTF-16 and UTF-32 input by its byte order mark and reads it as UTF-8, so that such a file gives
/// one document per line like any other (without this, a UTF-16 file's <c>\n</c> bytes split its characters).
/// </summary>
internal static class InputEncoding
{
    /// <summary>Looks at the first bytes of <paramref name="input"/>; returns a stream of the same content as UTF-8.</summary>
    /// <param name="input">The input, positioned at its start.</param>
    /// <param name="encoding">The encoding the byte order mark named (for the message), or null for UTF-8 (with or without a BOM) and unmarked input.</param>
    /// <returns>A stream of the whole input (the bytes looked at included), transcoded to UTF-8 when <paramref name="encoding"/> is not null.</returns>
    public static Stream Detect(Stream input, out string? encoding)
    {
        long start = input.CanSeek ? input.Position : -1;
        byte[] head = new byte[4];
        int length = 0;
        while (length < head.Length)
        {
            int read = input.Read(head, length, head.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        (Encoding? source, encoding) = ByteOrderMark(head.AsSpan(0, length));
        Stream whole;
        if (start >= 0)
        {
            input.Position = start;
            whole = input;
        }
        else
        {
            whole = new PrefixedStream(head.AsMemory(0, length), input);
        }

        return source is null ? whole : Encoding.CreateTranscodingStream(whole, source, new UTF8Encoding(false), leaveOpen: true);
    }

    /// <summary>The encoding whose byte order mark <paramref name="head"/> starts with, and its name; (null, null) for none or UTF-8's.</summary>
    public static (Encoding? Encoding, string? Name) ByteOrderMark(ReadOnlySpan<byte> head) => head switch
    {
        // UTF-32 LE first: its mark begins with UTF-16 LE's.
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: true), "UTF-32LE"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), "UTF-32BE"),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), "UTF-16LE"),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), "UTF-16BE"),
        _ => (null, null),
    };

    /// <summary>A read-only stream: some bytes already read, then the rest of another stream (not disposed with it).</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }

            int n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
