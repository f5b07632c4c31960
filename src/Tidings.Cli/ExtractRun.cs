using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Tidings.Serialization;
using Tidings.Text;

namespace Tidings.Cli;

/// <summary>One run of <c>tidings extract</c>: opens the input and output, then analyses plain text or JSON Lines.</summary>
internal sealed class ExtractRun(CliStreams io, ExtractSettings settings)
{
    private const int OutputBufferSize = 64 * 1024;

    /// <summary>Runs the command and returns the exit code.</summary>
    public int Execute()
    {
        Stream? input = OpenInput(out long? inputLength);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        try
        {
            Stream? output = OpenOutput();
            if (output is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                Stream text = InputEncoding.Detect(input, out string? encoding);
                if (encoding is not null)
                {
                    // Read as what it is, but never silently (even with --quiet): the offsets are into the decoded text.
                    io.Stderr.WriteLine($"tidings: {settings.InputName} is {encoding}, not UTF-8 (by its byte order mark): read as {encoding}");
                    inputLength = null;
                }

                using var sink = new OutputSink(output, OutputBufferSize);
                return settings.Jsonl
                    ? new JsonlRunner(io.Stderr, settings, settings.Pipeline).Run(text, inputLength, sink)
                    : RunPlainText(text, sink);
            }
            catch (IOException e) when (ExitCodes.IsBrokenPipe(e) && settings.OutputIsStdout)
            {
                // The reader of standard output has gone (… | head -1): stop now, quietly, as a SIGPIPE would.
                return ExitCodes.BrokenPipe;
            }
            catch (IOException e)
            {
                io.Stderr.WriteLine($"tidings: {Messages.Escape(e.Message)}");
                return ExitCodes.Failure;
            }
            finally
            {
                if (!ReferenceEquals(output, io.Stdout))
                {
                    output.Dispose();
                }
            }
        }
        finally
        {
            if (!ReferenceEquals(input, io.Stdin))
            {
                input.Dispose();
            }
        }
    }

    private int RunPlainText(Stream input, OutputSink sink)
    {
        byte[]? bytes = ReadAll(input, settings.MaxDocumentBytes);
        if (bytes is null)
        {
            return WritePlainTextFailure(sink, DocumentProcessor.TooLarge(settings.MaxDocumentBytes));
        }

        try
        {
            return RunPlainText(bytes, sink);
        }
        catch (OutOfMemoryException)
        {
            return WritePlainTextFailure(sink, "out of memory analysing the document; nothing was analysed (see --max-document-mb)");
        }
    }

    private int WritePlainTextFailure(OutputSink sink, string error)
    {
        io.Stderr.WriteLine($"tidings: {Messages.Escape(settings.Input)}: {error}");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, settings.Pretty ? ExtractionJson.IndentedWriterOptions : ExtractionJson.CompactWriterOptions))
        {
            ExtractionJson.WriteFailure(writer, settings.Input, error);
        }

        sink.WriteLine(buffer.WrittenSpan);
        sink.Flush();
        return ExitCodes.Failure;
    }

    private int RunPlainText(byte[] bytes, OutputSink sink)
    {
        ReadOnlySpan<byte> content = bytes.AsSpan();
        if (content.StartsWith(Utf8LineReader.ByteOrderMark))
        {
            content = content[Utf8LineReader.ByteOrderMark.Length..];
        }

        if (content.IsEmpty)
        {
            // An empty document is still a document (no mentions), but never silently: even with --quiet.
            io.Stderr.WriteLine($"tidings: {settings.InputName} is empty: no text to analyse");
        }

        var buffer = new ArrayBufferWriter<byte>();
        var writerOptions = settings.Pretty ? ExtractionJson.IndentedWriterOptions : ExtractionJson.CompactWriterOptions;
        string? error = null;
        using (var writer = new Utf8JsonWriter(buffer, writerOptions))
        {
            if (!Utf8.IsValid(content))
            {
                error = $"invalid UTF-8 at byte offset {InvalidUtf8Offset(bytes).ToString(CultureInfo.InvariantCulture)}";
            }
            else
            {
                string text = Encoding.UTF8.GetString(content);
                try
                {
                    ExtractionResult result = settings.Pipeline.Extract(text, settings.ReferenceDate);
                    ExtractionJson.Write(writer, result, settings.Input);
                }
#pragma warning disable CA1031 // A failing document is reported in the output, never a crash.
                catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
                {
                    error = DocumentProcessor.ExtractionFailure(e);
                    writer.Reset();
                    buffer.ResetWrittenCount();
                }
            }

            if (error is not null)
            {
                io.Stderr.WriteLine($"tidings: {Messages.Escape(settings.Input)}: {Messages.Escape(error)}");
                ExtractionJson.WriteFailure(writer, settings.Input, error);
            }
        }

        sink.WriteLine(buffer.WrittenSpan);
        sink.Flush();
        return error is null ? ExitCodes.Success : ExitCodes.Failure;
    }

    private Stream? OpenInput(out long? length)
    {
        length = null;
        if (settings.InputIsStdin)
        {
            return io.Stdin;
        }

        if (Directory.Exists(settings.Input))
        {
            io.Stderr.WriteLine($"tidings: cannot read {settings.InputName}: it is a directory");
            return null;
        }

        try
        {
            // Unbuffered: the readers buffer for themselves.
            var stream = new FileStream(settings.Input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            length = stream.CanSeek ? stream.Length : null;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Stderr.WriteLine($"tidings: cannot read {settings.InputName}: {Describe(e)}");
            return null;
        }
    }

    private Stream? OpenOutput()
    {
        if (settings.OutputIsStdout)
        {
            return io.Stdout;
        }

        if (!settings.InputIsStdin && SamePath(settings.Input, settings.Output!))
        {
            io.Stderr.WriteLine($"tidings: the output {Messages.Quote(settings.Output)} is the input file; it would be overwritten before it is read");
            return null;
        }

        if (Directory.Exists(settings.Output))
        {
            io.Stderr.WriteLine($"tidings: cannot write {Messages.Quote(settings.Output)}: it is a directory");
            return null;
        }

        try
        {
            return new FileStream(settings.Output!, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Stderr.WriteLine($"tidings: cannot write {Messages.Quote(settings.Output)}: {Describe(e)}");
            return null;
        }
    }

    private static bool SamePath(string a, string b)
    {
        try
        {
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => Messages.Escape(e.Message),
    };

    /// <summary>The whole input; null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAll(Stream input, int maxBytes)
    {
        if (input.CanSeek)
        {
            long remaining = input.Length - input.Position;
            if (remaining > maxBytes)
            {
                return null;
            }

            var bytes = new byte[remaining];
            input.ReadExactly(bytes);
            return bytes;
        }

        using var memory = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                return null;
            }

            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
