namespace Tidings.Cli;

/// <summary>Buffers output lines and writes them to the output stream; flushed by the runners when they would wait.</summary>
internal sealed class OutputSink(Stream output, int bufferSize) : IDisposable
{
    private readonly BufferedStream _stream = new(output, bufferSize);

    /// <summary>Writes <paramref name="json"/> followed by a newline.</summary>
    public void WriteLine(ReadOnlySpan<byte> json)
    {
        _stream.Write(json);
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Pushes everything written so far to the output stream and flushes it.</summary>
    public void Flush() => _stream.Flush();

    /// <summary>Flushes; the output stream itself is left open.</summary>
    public void Dispose() => _stream.Flush();
}
