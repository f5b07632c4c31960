using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Tidings.Serialization;

/// <summary>
/// One document to analyse, as read from a line of JSONL input:
/// <c>{"id": "a1", "text": "…", "referenceDate": "2020-07-28"}</c>.
/// </summary>
/// <remarks>
/// <para><c>text</c> is required. <c>id</c> is optional and may be any JSON value (normally a string or a
/// number); it is echoed in the output exactly as given. <c>referenceDate</c> is optional: an ISO date
/// (<c>YYYY-MM-DD</c>), or an ISO date-time whose date part is used. Other properties are ignored.</para>
/// <para>Escaped lone surrogates in <c>text</c> (<c>"\ud800"</c>) are kept, so offsets into the text are
/// the same as a reader that keeps them (JavaScript, Python) computes.</para>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// </remarks>
public sealed class ExtractionRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="referenceDate">The publication date, for relative dates.</param>
    /// <param name="id">The id to echo; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionRequest(string text, DateOnly? referenceDate = null, JsonElement? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        ReferenceDate = referenceDate;
        Id = id;
    }

    /// <summary>The id exactly as given in the input; null when the input has none.</summary>
    public JsonElement? Id { get; }

    /// <summary>The text to analyse.</summary>
    public string Text { get; }

    /// <summary>The publication date relative dates resolve against; null when the input gives none.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>
    /// Reads a request from one line of UTF-8 JSON. Never throws for bad input: returns false with an error
    /// that carries a clear message and the id, if the id could still be read.
    /// </summary>
    /// <param name="utf8Json">The line, without its line terminator. White space around the object is allowed.</param>
    /// <param name="request">The request, when the line is valid.</param>
    /// <param name="error">What is wrong with the line, when it is not.</param>
    /// <returns>True when the line is a valid request.</returns>
    public static bool TryParse(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out ExtractionRequest? request,
        [NotNullWhen(false)] out ExtractionRequestError? error)
    {
        request = null;
        if (!Utf8.IsValid(utf8Json))
        {
            error = new ExtractionRequestError(
                $"invalid UTF-8 at byte offset {InvalidUtf8Offset(utf8Json).ToString(CultureInfo.InvariantCulture)} of the line",
                RecoverId(utf8Json));
            return false;
        }

        if (TryReadPlain(utf8Json, out request))
        {
            error = null;
            return true;
        }

        return TryDeserialize(utf8Json, out request, out error);
    }

    /// <summary>The full reading of a line of valid UTF-8, through the serializer: every line <see cref="TryReadPlain"/>
    /// gives no verdict on, and (in the tests) every line it reads, to show that both read it alike.</summary>
    internal static bool TryDeserialize(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out ExtractionRequest? request,
        [NotNullWhen(false)] out ExtractionRequestError? error)
    {
        request = null;
        if (FirstTokenProblem(utf8Json) is string problem)
        {
            error = new ExtractionRequestError(problem, null);
            return false;
        }

        RequestDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, TidingsJsonContext.Default.RequestDto);
        }
        catch (JsonException e)
        {
            error = new ExtractionRequestError(Describe(e), RecoverId(utf8Json));
            return false;
        }

        if (dto is null)
        {
            error = new ExtractionRequestError("expected a JSON object, found null", null);
            return false;
        }

        if (dto.Text is null)
        {
            error = new ExtractionRequestError("missing \"text\": every line needs a \"text\" string", dto.Id);
            return false;
        }

        DateOnly? referenceDate = null;
        if (dto.ReferenceDate is not null)
        {
            if (!TryParseReferenceDate(dto.ReferenceDate, out DateOnly date))
            {
                error = new ExtractionRequestError(
                    $"invalid \"referenceDate\" {Quote(dto.ReferenceDate)}: expected an ISO date, YYYY-MM-DD",
                    dto.Id);
                return false;
            }

            referenceDate = date;
        }

        request = new ExtractionRequest(dto.Text, referenceDate, dto.Id);
        error = null;
        return true;
    }

    /// <summary>
    /// Reads a reference date: an ISO date (<c>2020-07-28</c>), or an ISO date-time
    /// (<c>2020-07-28T09:30:00Z</c>) whose date part, as written, is used.
    /// </summary>
    /// <param name="value">The text to read.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns>True when <paramref name="value"/> is a valid date or date-time.</returns>
    public static bool TryParseReferenceDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        if (value.Length == 10)
        {
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (value.Length > 10 && value[10] is 'T' or 't' or ' '
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        date = default;
        return false;
    }

    /// <summary>
    /// Reads the usual line — one object whose <c>text</c> (and <c>referenceDate</c>, if any) is a valid string — with a
    /// plain reader loop instead of the serializer's metadata path. Gives no verdict (false) at anything else, duplicates
    /// of <c>text</c> or <c>referenceDate</c> included: the serializer then reads the line and words its error, so every
    /// message stays as it was. What this accepts, the serializer accepts alike (the same reader options, the last of
    /// a repeated <c>id</c> wins as there, unknown properties skipped, nothing after the object).
    /// </summary>
    internal static bool TryReadPlain(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out ExtractionRequest? request)
    {
        request = null;
        JsonElement? id = null;
        string? text = null;
        string? referenceDate = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("text"u8))
                {
                    if (text is not null || !reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    text = JsonText.ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    id = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
                }
                else if (reader.ValueTextEquals("referenceDate"u8))
                {
                    if (referenceDate is not null || !reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    referenceDate = JsonText.ReadString(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0 || reader.Read() || text is null)
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        DateOnly? date = null;
        if (referenceDate is not null)
        {
            if (!TryParseReferenceDate(referenceDate, out DateOnly parsed))
            {
                return false;
            }

            date = parsed;
        }

        request = new ExtractionRequest(text, date, id);
        return true;
    }

    private static string? FirstTokenProblem(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return "expected a JSON object, found an empty line";
        }

        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            reader.Read();
        }
        catch (JsonException e)
        {
            return Describe(e);
        }

        return reader.TokenType == JsonTokenType.StartObject
            ? null
            : $"expected a JSON object, found {JsonText.Describe(reader.TokenType)}";
    }

    /// <summary>Turns a System.Text.Json error into a one-line message without .NET type names or STJ's position suffix.</summary>
    private static string Describe(JsonException e)
    {
        string? property = e.Path switch
        {
            "$.text" => "text",
            "$.referenceDate" => "referenceDate",
            _ => null,
        };

        // Syntax errors come from the reader, wrapped; errors of our converters ("expected a string, found a
        // number") come bare.
        bool syntax = e.InnerException is JsonException
            || (!e.Message.StartsWith("expected ", StringComparison.Ordinal)
                && !e.Message.StartsWith("the string ", StringComparison.Ordinal));
        string message = StripPosition(e.InnerException is JsonException inner ? inner.Message : e.Message);
        if (!syntax && property is not null)
        {
            return $"invalid \"{property}\": {message}";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return property is null ? "a value has the wrong type" : $"invalid \"{property}\": the value has the wrong type";
        }

        string at = e.BytePositionInLine is long b ? $" at byte offset {b.ToString(CultureInfo.InvariantCulture)}" : "";
        return $"invalid JSON{at}: {message}";
    }

    private static string StripPosition(string message)
    {
        foreach (string suffix in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            int i = message.IndexOf(suffix, StringComparison.Ordinal);
            if (i >= 0)
            {
                message = message[..i];
            }
        }

        return message.TrimEnd();
    }

    /// <summary>Finds the id of a line that could not be read as a whole, so the error can still be matched to its input.</summary>
    private static JsonElement? RecoverId(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.EndObject when reader.CurrentDepth == 0:
                        return null;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8):
                        if (!reader.Read() || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
                        {
                            return null;
                        }

                        ReadOnlySpan<byte> raw = utf8Json[(int)reader.TokenStartIndex..(int)reader.BytesConsumed];
                        if (!Utf8.IsValid(raw))
                        {
                            return null;
                        }

                        var value = new Utf8JsonReader(raw);
                        value.Read();
                        return JsonElement.ParseValue(ref value);
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before the id: there is no id to recover.
        }

        return null;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static string Quote(string value)
    {
        const int Max = 40;
        string shown = value.Length > Max ? value[..Max] + "…" : value;
        return "\"" + shown + "\"";
    }
}

/// <summary>Why a line of JSONL input could not be read as an <see cref="ExtractionRequest"/>.</summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class ExtractionRequestError
{
    internal ExtractionRequestError(string message, JsonElement? id)
    {
        Message = message;
        Id = id;
    }

    /// <summary>A one-line, human-readable description of the problem.</summary>
    public string Message { get; }

    /// <summary>The id of the line, if it could be read despite the error; otherwise null.</summary>
    public JsonElement? Id { get; }
}
