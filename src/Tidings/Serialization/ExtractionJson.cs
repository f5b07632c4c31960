using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tidings.Serialization;

/// <summary>
/// Writes extraction results in the JSON contract of <c>tidings extract</c>: one object
/// <c>{"id": …, "mentions": […]}</c> per document.
/// </summary>
/// <remarks>
/// <para>Mentions are written in the order of <see cref="ExtractionResult.Mentions"/> (by start, then by end
/// descending). Every mention has <c>kind</c>, <c>start</c>, <c>end</c> (UTF-16 offsets, end exclusive) and
/// <c>text</c>, then the fields of its kind. Numbers are plain JSON numbers without trailing zeros
/// (<c>500000</c>, <c>0.2</c>), never in exponent form.</para>
/// <para>Strings are written exactly: only the quote, the backslash, control characters, U+2028, U+2029 and
/// lone surrogates are escaped (as <c>\uXXXX</c>), so every UTF-16 code unit of a mention round-trips and
/// non-ASCII text stays readable. This does not depend on the writer's <see cref="JsonWriterOptions.Encoder"/>.</para>
/// <para>Each mention is written straight to the <see cref="Utf8JsonWriter"/> (no intermediate object per mention, no
/// reflection): safe for trimming and native AOT.</para>
/// <threadsafety>All members are safe to call from many threads at once (each call needs its own writer).</threadsafety>
/// </remarks>
public static class ExtractionJson
{
    private static readonly JsonEncodedText IdField = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LineField = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ErrorField = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText MentionsField = JsonEncodedText.Encode("mentions");

    /// <summary>Options for compact output (one document per line): no indentation, readable non-ASCII.</summary>
    public static JsonWriterOptions CompactWriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Options for indented output, for people to read.</summary>
    public static JsonWriterOptions IndentedWriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <summary>Writes the document object for <paramref name="result"/> at the writer's current position.</summary>
    /// <param name="writer">The writer; its indentation is used.</param>
    /// <param name="result">What the pipeline found.</param>
    /// <param name="id">The document id, written as a JSON string; null writes <c>"id": null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="NotSupportedException">The result holds a kind of mention the contract does not cover.</exception>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result, string? id)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        WriteDocument(writer, new DocumentId(id), result);
    }

    /// <summary>Writes the document object for <paramref name="result"/>, echoing <paramref name="id"/> as given.</summary>
    /// <param name="writer">The writer; its indentation is used.</param>
    /// <param name="result">What the pipeline found.</param>
    /// <param name="id">The document id, any JSON value (normally a string or a number, as read from the input).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="NotSupportedException">The result holds a kind of mention the contract does not cover.</exception>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result, JsonElement id)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        WriteDocument(writer, new DocumentId(id), result);
    }

    /// <summary>Writes the document object for <paramref name="result"/> to a stream as UTF-8, without a trailing newline.</summary>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <param name="result">What the pipeline found.</param>
    /// <param name="id">The document id, written as a JSON string; null writes <c>"id": null</c>.</param>
    /// <param name="indented">True to indent the output.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="NotSupportedException">The result holds a kind of mention the contract does not cover.</exception>
    public static void Write(Stream utf8Json, ExtractionResult result, string? id, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? IndentedWriterOptions : CompactWriterOptions);
        WriteDocument(writer, new DocumentId(id), result);
    }

    /// <summary>Returns the document object for <paramref name="result"/> as a string.</summary>
    /// <param name="result">What the pipeline found.</param>
    /// <param name="id">The document id, written as a JSON string; null writes <c>"id": null</c>.</param>
    /// <param name="indented">True to indent the output.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="NotSupportedException">The result holds a kind of mention the contract does not cover.</exception>
    public static string Serialize(ExtractionResult result, string? id = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        Write(stream, result, id, indented);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
    }

    /// <summary>
    /// Writes the object that stands in for a document that could not be analysed:
    /// <c>{"id": …, "line": N, "error": "…", "mentions": []}</c>. Keeping one output object per input
    /// document keeps output lines aligned with input lines.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="id">The document id as given in the input, if it could be read; null writes <c>"id": null</c>.</param>
    /// <param name="line">The 1-based input line, for line-oriented input; null leaves <c>line</c> out.</param>
    /// <param name="error">What went wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="error"/> is null.</exception>
    public static void WriteFailure(Utf8JsonWriter writer, JsonElement? id, long? line, string error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        WriteFailure(writer, new DocumentId(id), line, error);
    }

    /// <summary>
    /// Writes the object that stands in for a document that could not be analysed, with a string id:
    /// <c>{"id": "…", "error": "…", "mentions": []}</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="id">The document id, written as a JSON string; null writes <c>"id": null</c>.</param>
    /// <param name="error">What went wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="error"/> is null.</exception>
    public static void WriteFailure(Utf8JsonWriter writer, string? id, string error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        WriteFailure(writer, new DocumentId(id), null, error);
    }

    /// <summary>The document object: <c>{"id": …, "mentions": […]}</c>, each mention written straight to the writer
    /// (<see cref="MentionWriter"/>); flushed at the end, as the serializer that wrote it before did.</summary>
    private static void WriteDocument(Utf8JsonWriter writer, DocumentId id, ExtractionResult result)
    {
        ThrowIfUnsupported(result);
        writer.WriteStartObject();
        writer.WritePropertyName(IdField);
        id.WriteTo(writer);
        writer.WriteStartArray(MentionsField);
        foreach (Mention mention in result.Mentions)
        {
            MentionWriter.Write(writer, mention);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary><c>{"id": …, "line": N, "error": "…", "mentions": []}</c>, <c>line</c> only when known.</summary>
    private static void WriteFailure(Utf8JsonWriter writer, DocumentId id, long? line, string error)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(IdField);
        id.WriteTo(writer);
        if (line is long number)
        {
            writer.WriteNumber(LineField, number);
        }

        MentionWriter.WriteExact(writer, ErrorField, error);
        writer.WriteStartArray(MentionsField);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Refuses a result holding a kind of mention the contract does not cover before any of it is written.</summary>
    private static void ThrowIfUnsupported(ExtractionResult result)
    {
        foreach (Mention mention in result.Mentions)
        {
            if (!MentionWriter.IsSupported(mention))
            {
                throw MentionWriter.Unsupported(mention);
            }
        }
    }
}
