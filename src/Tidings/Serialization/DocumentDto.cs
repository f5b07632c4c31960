using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>
/// One output document: <c>{"id": …, "mentions": […]}</c>, or, for input that could not be analysed,
/// <c>{"id": …, "line": N, "error": "…", "mentions": []}</c>.
/// </summary>
internal sealed class DocumentDto
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(0)]
    [JsonConverter(typeof(DocumentIdConverter))]
    public DocumentId Id { get; init; }

    [JsonPropertyName("line")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; init; }

    [JsonPropertyName("error")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? Error { get; init; }

    [JsonPropertyName("mentions")]
    [JsonPropertyOrder(3)]
    public required IReadOnlyList<MentionDto> Mentions { get; init; }
}

/// <summary>A span of the input: <c>{"start", "end", "text"}</c>, <c>end</c> exclusive.</summary>
internal sealed class SpanDto
{
    [JsonPropertyName("start")]
    [JsonPropertyOrder(0)]
    public int Start { get; init; }

    [JsonPropertyName("end")]
    [JsonPropertyOrder(1)]
    public int End { get; init; }

    [JsonPropertyName("text")]
    [JsonPropertyOrder(2)]
    [JsonConverter(typeof(ExactStringConverter))]
    public required string Text { get; init; }

    public static SpanDto? From(TextSpan? span) =>
        span is TextSpan s ? new SpanDto { Start = s.Start, End = s.End, Text = s.Text } : null;
}
