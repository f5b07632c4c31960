using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>
/// The fields every mention has. <c>kind</c> is the type discriminator, written first; then <c>start</c>,
/// <c>end</c>, <c>text</c>; then the fields of the kind (property order 10 and up).
/// </summary>
/// <remarks>
/// To add a kind: derive one DTO from this class, register it below with <see cref="JsonDerivedTypeAttribute"/>
/// under its contract name, and add one case to <see cref="MentionMapper.ToDto"/>.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(QuantityDto), "quantity")]
[JsonDerivedType(typeof(ClaimDto), "claim")]
[JsonDerivedType(typeof(DateDto), "date")]
[JsonDerivedType(typeof(OrganizationDto), "organization")]
[JsonDerivedType(typeof(PlaceDto), "place")]
[JsonDerivedType(typeof(PersonDto), "person")]
internal abstract class MentionDto
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
}

/// <summary>A <c>quantity</c> mention.</summary>
internal sealed class QuantityDto : MentionDto
{
    /// <summary>Always written; <c>null</c> for a vague amount.</summary>
    [JsonPropertyName("value")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? Value { get; init; }

    [JsonPropertyName("low")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Low { get; init; }

    [JsonPropertyName("high")]
    [JsonPropertyOrder(12)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? High { get; init; }

    [JsonPropertyName("unit")]
    [JsonPropertyOrder(13)]
    [JsonConverter(typeof(ExactStringConverter))]
    public required string Unit { get; init; }

    [JsonPropertyName("approximation")]
    [JsonPropertyOrder(14)]
    public required string Approximation { get; init; }

    [JsonPropertyName("counted")]
    [JsonPropertyOrder(15)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? Counted { get; init; }

    [JsonPropertyName("conversionOf")]
    [JsonPropertyOrder(16)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? ConversionOf { get; init; }
}

/// <summary>A numeric claim: <c>quantities</c>, <c>relation</c>, and optional <c>source</c>, <c>subject</c>, <c>predicate</c> spans.</summary>
internal sealed class ClaimDto : MentionDto
{
    [JsonPropertyName("quantities")]
    [JsonPropertyOrder(10)]
    public required ClaimQuantityDto[] Quantities { get; init; }

    [JsonPropertyName("relation")]
    [JsonPropertyOrder(11)]
    public required string Relation { get; init; }

    [JsonPropertyName("source")]
    [JsonPropertyOrder(12)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? Source { get; init; }

    [JsonPropertyName("subject")]
    [JsonPropertyOrder(13)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? Subject { get; init; }

    [JsonPropertyName("predicate")]
    [JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? Predicate { get; init; }
}

/// <summary>A quantity as a claim lists it: <c>{"start","end","text","value"}</c>.</summary>
internal sealed class ClaimQuantityDto
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

    [JsonPropertyName("value")]
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? Value { get; init; }
}

/// <summary>A date: <c>value</c> (TIMEX3, always written, <c>null</c> when unresolved), <c>granularity</c>, and <c>type</c>.</summary>
internal sealed class DateDto : MentionDto
{
    [JsonPropertyName("value")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? Value { get; init; }

    [JsonPropertyName("granularity")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Granularity { get; init; }

    [JsonPropertyName("type")]
    [JsonPropertyOrder(12)]
    public required string Type { get; init; }

    [JsonPropertyName("anchor")]
    [JsonPropertyOrder(13)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Anchor { get; init; }

    [JsonPropertyName("anchorStart")]
    [JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? AnchorStart { get; init; }
}

/// <summary>An organization: <c>name</c> (always), <c>acronym</c> where the text gives one.</summary>
internal sealed class OrganizationDto : MentionDto
{
    [JsonPropertyName("name")]
    [JsonPropertyOrder(10)]
    [JsonConverter(typeof(ExactStringConverter))]
    public required string Name { get; init; }

    [JsonPropertyName("acronym")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? Acronym { get; init; }
}

/// <summary>A place: <c>name</c>, and the gazetteer fields where resolved (absent otherwise).</summary>
internal sealed class PlaceDto : MentionDto
{
    [JsonPropertyName("name")]
    [JsonPropertyOrder(10)]
    [JsonConverter(typeof(ExactStringConverter))]
    public required string Name { get; init; }

    [JsonPropertyName("placeKind")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlaceKind { get; init; }

    [JsonPropertyName("countryCode")]
    [JsonPropertyOrder(12)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(ExactStringConverter))]
    public string? CountryCode { get; init; }

    [JsonPropertyName("geonameId")]
    [JsonPropertyOrder(13)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? GeonameId { get; init; }

    [JsonPropertyName("latitude")]
    [JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Latitude { get; init; }

    [JsonPropertyName("longitude")]
    [JsonPropertyOrder(15)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Longitude { get; init; }

    /// <summary>Written (as <c>true</c>) only for demonyms, which appear only when asked for (<c>--demonyms</c>).</summary>
    [JsonPropertyName("demonym")]
    [JsonPropertyOrder(16)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Demonym { get; init; }
}

/// <summary>A person: <c>name</c>.</summary>
internal sealed class PersonDto : MentionDto
{
    [JsonPropertyName("name")]
    [JsonPropertyOrder(10)]
    [JsonConverter(typeof(ExactStringConverter))]
    public required string Name { get; init; }
}
