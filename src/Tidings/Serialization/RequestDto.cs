using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>One JSONL input line as written: <c>{"id": "a1", "text": "…", "referenceDate": "2020-07-28"}</c>.
/// Unknown properties are ignored.</summary>
internal sealed class RequestDto
{
    [JsonPropertyName("id")]
    public JsonElement? Id { get; set; }

    [JsonPropertyName("text")]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? Text { get; set; }

    [JsonPropertyName("referenceDate")]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? ReferenceDate { get; set; }
}
