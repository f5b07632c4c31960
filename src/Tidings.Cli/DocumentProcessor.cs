using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Tidings.Serialization;

namespace Tidings.Cli;

/// <summary>The output line for one input line, and the error to report for it, if any.</summary>
/// <param name="Json">The output object as UTF-8, without the newline: an array of its own, or (from
/// <see cref="DocumentProcessor.Process"/> with <c>copy: false</c>) the calling thread's buffer, valid until that
/// thread's next call.</param>
/// <param name="Error">The message for standard error when the document failed; null when it was analysed.</param>
internal readonly record struct Outcome(ReadOnlyMemory<byte> Json, string? Error);

/// <summary>Turns one JSONL input line into one output line. Never throws for bad input or a failing extractor.</summary>
/// <remarks><threadsafety>Safe to call from many threads at once.</threadsafety></remarks>
internal sealed class DocumentProcessor(ExtractionPipeline pipeline, DateOnly? defaultReferenceDate)
{
    private const int KeepBufferBelow = 4 * 1024 * 1024;

    /// <summary>The compact output options, without the writer's check of each call against the JSON structure: the
    /// document and failure objects are written by <see cref="ExtractionJson"/> alone, always well formed, and the
    /// check is a share of every property written. The bytes are the same.</summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ExtractionJson.CompactWriterOptions.Encoder,
        Indented = false,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Analyses the document on <paramref name="line"/> (1-based <paramref name="lineNumber"/>).</summary>
    /// <param name="line">The input line, UTF-8.</param>
    /// <param name="lineNumber">Its 1-based number.</param>
    /// <param name="copy">True to return the JSON in an array of its own (a result kept past this thread's next call,
    /// as the parallel runner does); false to return the thread's own buffer, written straight by the JSON writer,
    /// for a caller that writes it out before it analyses the next line.</param>
    /// <remarks>Running out of memory on one document (a huge line under a memory limit) fails that document only:
    /// what it allocated is garbage once the exception leaves, so the next document has the memory again.</remarks>
    public Outcome Process(ReadOnlySpan<byte> line, long lineNumber, bool copy = true)
    {
        try
        {
            return Analyse(line, lineNumber, copy);
        }
        catch (OutOfMemoryException)
        {
            DropBuffers();
            return Failure(null, lineNumber, NoMemory(line.Length));
        }
    }

    /// <summary>The outcome for a line that could not even be read into memory.</summary>
    public static Outcome NoMemoryToRead(long lineNumber) =>
        Failure(null, lineNumber, "out of memory reading this line; it was skipped");

    /// <summary>The message for a document that ran out of memory.</summary>
    public static string NoMemory(long bytes) =>
        $"out of memory analysing this document ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes); it was skipped (--max-document-mb limits the size of a document)";

    private Outcome Analyse(ReadOnlySpan<byte> line, long lineNumber, bool copy)
    {
        if (!ExtractionRequest.TryParse(line, out ExtractionRequest? request, out ExtractionRequestError? error))
        {
            return Failure(error.Id, lineNumber, error.Message);
        }

        ExtractionResult result;
        try
        {
            result = pipeline.Extract(request.Text, request.ReferenceDate ?? defaultReferenceDate);
        }
#pragma warning disable CA1031 // A failing document is reported in its output line, never a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Failure(request.Id, lineNumber, ExtractionFailure(e));
        }
        catch (OutOfMemoryException)
        {
            return Failure(request.Id, lineNumber, NoMemory(line.Length));
        }

        Utf8JsonWriter writer = RentWriter(out ArrayBufferWriter<byte> buffer);
        try
        {
            if (request.Id is JsonElement id)
            {
                ExtractionJson.Write(writer, result, id);
            }
            else
            {
                ExtractionJson.Write(writer, result, (string?)null);
            }

            writer.Flush();
            return new Outcome(copy ? buffer.WrittenSpan.ToArray() : buffer.WrittenMemory, null);
        }
        catch (NotSupportedException e)
        {
            return Failure(request.Id, lineNumber, ExtractionFailure(e));
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>The outcome for a line that was too long to read.</summary>
    public static Outcome TooLong(long lineNumber, int maxLineBytes) =>
        Failure(null, lineNumber, TooLarge(maxLineBytes));

    /// <summary>The message for a document over the size limit.</summary>
    public static string TooLarge(long maxBytes) =>
        $"the document is larger than --max-document-mb {(maxBytes / ExtractSettings.BytesPerMegabyte).ToString(CultureInfo.InvariantCulture)} ({maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes) and was skipped";

    /// <summary>The message for a document whose extraction threw.</summary>
    public static string ExtractionFailure(Exception e) => $"extraction failed: {e.GetType().Name}: {e.Message}";

    private static Outcome Failure(JsonElement? id, long lineNumber, string message)
    {
        Utf8JsonWriter writer = RentWriter(out ArrayBufferWriter<byte> buffer);
        try
        {
            ExtractionJson.WriteFailure(writer, id, lineNumber, message);
            writer.Flush();
            return new Outcome(buffer.WrittenSpan.ToArray(), message);
        }
        finally
        {
            Return(buffer);
        }
    }

    private static Utf8JsonWriter RentWriter(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        if (t_writer is null)
        {
            t_writer = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            t_writer.Reset(buffer);
        }

        return t_writer;
    }

    private static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > KeepBufferBelow)
        {
            // Do not keep a huge buffer alive for the rest of the run after one huge document.
            DropBuffers();
        }
    }

    private static void DropBuffers()
    {
        t_buffer = null;
        t_writer?.Dispose();
        t_writer = null;
    }
}
