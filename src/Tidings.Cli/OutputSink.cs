namespace Tidings.Cli;

/// <summary>Buffers output lines and writes them to the output stream; flushed by the runners when they would wait.</summary>
internal sealed class OutputSink(Stream output, int bufferSize) : IDisposable
{
    private readonly BufferedStream _stream = new(output, bufferSize);
    private bool _failed;

    /// <summary>Writes <paramref name="json"/> followed by a newline.</summary>
    public void WriteLine(ReadOnlySpan<byte> json)
    {
        try
        {
            _stream.Write(json);
            _stream.WriteByte((byte)'\n');
        }
        catch (IOException)
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Pushes everything written so far to the output stream and flushes it.</summary>
    public void Flush()
    {
        try
        {
            _stream.Flush();
        }
        catch (IOException)
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Flushes, unless writing has already failed (a closed pipe: nothing more can be written);
    /// the output stream itself is left open.</summary>
    public void Dispose()
    {
        if (!_failed)
        {
            _stream.Flush();
        }
    }
}
