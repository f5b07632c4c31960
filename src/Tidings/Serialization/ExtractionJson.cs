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
/// <para>Serialization uses System.Text.Json source generation only: it is safe for trimming and native AOT.</para>
/// <threadsafety>All members are safe to call from many threads at once (each call needs its own writer).</threadsafety>
/// </remarks>
public static class ExtractionJson
{
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
        Write(writer, Document(new DocumentId(id), result));
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
        Write(writer, Document(new DocumentId(id), result));
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
        DocumentDto document = Document(new DocumentId(id), result);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? IndentedWriterOptions : CompactWriterOptions);
        Write(writer, document);
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
        Write(writer, new DocumentDto { Id = new DocumentId(id), Line = line, Error = error, Mentions = [] });
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
        Write(writer, new DocumentDto { Id = new DocumentId(id), Error = error, Mentions = [] });
    }

    private static DocumentDto Document(DocumentId id, ExtractionResult result)
    {
        var mentions = new MentionDto[result.Mentions.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            mentions[i] = MentionMapper.ToDto(result.Mentions[i]);
        }

        return new DocumentDto { Id = id, Mentions = mentions };
    }

    private static void Write(Utf8JsonWriter writer, DocumentDto document) =>
        JsonSerializer.Serialize(writer, document, TidingsJsonContext.Default.DocumentDto);
}
