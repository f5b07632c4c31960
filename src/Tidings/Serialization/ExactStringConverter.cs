using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>
/// A string converter that round-trips every UTF-16 code unit, lone surrogates included
/// (see <see cref="JsonText"/>). Used for mention text, ids and input text.
/// </summary>
internal sealed class ExactStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        JsonText.WriteString(writer, value);
}

/// <summary>The id of a document as written in the output: absent (null), a string, or a JSON value echoed as given.</summary>
internal readonly struct DocumentId
{
    private readonly string? _string;
    private readonly JsonElement? _json;

    public DocumentId(string? value)
    {
        _string = value;
        _json = null;
    }

    public DocumentId(JsonElement? value)
    {
        _string = null;
        _json = value;
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_json is JsonElement json)
        {
            switch (json.ValueKind)
            {
                case JsonValueKind.String:
                case JsonValueKind.Number:
                    // Exactly as given: "\u00e9" stays escaped, 1.50 keeps its zero, "\ud800" survives. The input's own
                    // UTF-8 bytes, without a string in between.
                    writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(json), skipInputValidation: true);
                    break;
                case JsonValueKind.Undefined:
                    writer.WriteNullValue();
                    break;
                default:
                    json.WriteTo(writer);
                    break;
            }
        }
        else if (_string is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonText.WriteString(writer, _string);
        }
    }
}
