using System.Globalization;
using Tidings.Text;

namespace Tidings.Cli;

/// <summary>
/// <c>tidings extract --jsonl</c>: streams input lines to output lines, one for one, in input order.
/// </summary>
/// <remarks>
/// <para>Output is flushed whenever the runner would wait (for input, or for a document still being analysed),
/// so it works as a pipe stage (Spark <c>pipe()</c>, Hadoop streaming) even when the producer waits for output.</para>
/// <para>With <see cref="ExtractSettings.Parallel"/> above 1, a reader thread hands batches of lines to N worker
/// threads of the run's own and the calling thread writes the results in input order
/// (<c>JsonlRunner.Parallel.cs</c>).</para>
/// </remarks>
internal sealed partial class JsonlRunner(TextWriter stderr, ExtractSettings settings, ExtractionPipeline pipeline)
{
    private const int WindowPerWorker = 4;

    private readonly DocumentProcessor _processor = new(pipeline, settings.ReferenceDate);
    private ProgressReporter _progress = null!;
    private long _documents;
    private long _failed;
    private long _lastLineWritten;

    /// <summary>Runs over <paramref name="input"/>, writing to <paramref name="output"/>; returns the exit code.</summary>
    /// <param name="input">The JSON Lines input.</param>
    /// <param name="inputLength">The input length in bytes, when known (for progress).</param>
    /// <param name="output">Where the output lines go.</param>
    /// <exception cref="IOException">Reading or writing failed.</exception>
    public int Run(Stream input, long? inputLength, OutputSink output)
    {
        _progress = new ProgressReporter(stderr, enabled: settings.ShowProgress, inputLength);
        long blankLines;
        long bytes;
        try
        {
            if (settings.Parallel <= 1)
            {
                (blankLines, bytes) = RunSequential(input, output);
            }
            else
            {
                (blankLines, bytes) = RunParallel(input, output, settings.Parallel);
            }
        }
        catch (OutOfMemoryException)
        {
            // Not contained to one document (each document's own analysis is): say how far the output is good.
            output.Flush();
            stderr.WriteLine(_documents == 0
                ? "tidings: out of memory before any output line was written; stopped"
                : $"tidings: out of memory; stopped after {_documents.ToString(CultureInfo.InvariantCulture)} output lines, the last for input line {_lastLineWritten.ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.Failure;
        }

        output.Flush();
        if (_documents == 0)
        {
            // Not a failure (an empty shard of a split batch is normal), but never silent: even with --quiet.
            stderr.WriteLine(bytes == 0
                ? $"tidings: {settings.InputName} is empty: no documents"
                : $"tidings: {settings.InputName} has only blank lines: no documents");
        }

        _progress.Summary(_documents, _failed, blankLines, bytes);
        return _failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private (long BlankLines, long Bytes) RunSequential(Stream input, OutputSink output)
    {
        var reader = new Utf8LineReader(input, beforeRead: output.Flush, maxLineBytes: settings.MaxDocumentBytes);
        long blankLines = 0;
        while (true)
        {
            LineStatus status = ReadDocumentLine(reader, ref blankLines, out ReadOnlySpan<byte> line);
            if (status == LineStatus.End)
            {
                break;
            }

            Outcome outcome = status switch
            {
                LineStatus.TooLong => DocumentProcessor.TooLong(reader.LineNumber, reader.MaxLineBytes),
                LineStatus.NoMemory => DocumentProcessor.NoMemoryToRead(reader.LineNumber),
                // Written out before the next line is read: the JSON is not copied out of the writer's buffer.
                _ => _processor.Process(line, reader.LineNumber, copy: false),
            };
            Emit(outcome, reader.LineNumber, reader.Position, output);
        }

        return (blankLines, reader.Position);
    }

    private void Emit(Outcome outcome, long lineNumber, long position, OutputSink output)
    {
        _documents++;
        if (outcome.Error is not null)
        {
            _failed++;
            stderr.WriteLine($"tidings: line {lineNumber.ToString(CultureInfo.InvariantCulture)}: {Messages.Escape(outcome.Error)}");
        }

        output.WriteLine(outcome.Json.Span);
        _lastLineWritten = lineNumber;
        _progress.Tick(_documents, position);
    }

    /// <summary>Reads the next line that is not blank (counting the blank lines skipped), or the end.</summary>
    private static LineStatus ReadDocumentLine(Utf8LineReader reader, ref long blankLines, out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            LineStatus status = reader.Read(out line);
            if (status != LineStatus.Line || !IsBlank(line))
            {
                return status;
            }

            blankLines++;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
