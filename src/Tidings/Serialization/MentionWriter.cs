using System.Text.Json;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;

namespace Tidings.Serialization;

/// <summary>
/// Writes each kind of mention as its JSON object, straight to a <see cref="Utf8JsonWriter"/>: one case per kind, no
/// intermediate object per mention. <c>kind</c> comes first, then <c>start</c>, <c>end</c>, <c>text</c>, then the
/// fields of the kind in contract order (/work/shared/spec/extraction-json.md).
/// </summary>
/// <remarks>
/// <para>Field rules, as the contract has them: a quantity's <c>value</c> and a claim quantity's <c>value</c>, and a
/// date's <c>value</c>, are always written (<c>null</c> when absent); every other optional field is left out when it
/// has no value; <c>demonym</c> is written only when true. Texts, names, ids and codes that come from the input are
/// written by <see cref="JsonText.WriteString"/> (every UTF-16 code unit round-trips); the contract's own words
/// (<c>exact</c>, <c>city</c>, …) by the writer.</para>
/// <para>To add a kind: one case in <see cref="Write"/> and in <see cref="IsSupported"/>, and its fields below.</para>
/// </remarks>
internal static class MentionWriter
{
    private static readonly JsonEncodedText KindField = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText StartField = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndField = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText TextField = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText ValueField = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText LowField = JsonEncodedText.Encode("low");
    private static readonly JsonEncodedText HighField = JsonEncodedText.Encode("high");
    private static readonly JsonEncodedText UnitField = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText ApproximationField = JsonEncodedText.Encode("approximation");
    private static readonly JsonEncodedText CountedField = JsonEncodedText.Encode("counted");
    private static readonly JsonEncodedText ConversionOfField = JsonEncodedText.Encode("conversionOf");
    private static readonly JsonEncodedText QuantitiesField = JsonEncodedText.Encode("quantities");
    private static readonly JsonEncodedText RelationField = JsonEncodedText.Encode("relation");
    private static readonly JsonEncodedText SourceField = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText SubjectField = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText PredicateField = JsonEncodedText.Encode("predicate");
    private static readonly JsonEncodedText GranularityField = JsonEncodedText.Encode("granularity");
    private static readonly JsonEncodedText TypeField = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText AnchorField = JsonEncodedText.Encode("anchor");
    private static readonly JsonEncodedText AnchorStartField = JsonEncodedText.Encode("anchorStart");
    private static readonly JsonEncodedText NameField = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AcronymField = JsonEncodedText.Encode("acronym");
    private static readonly JsonEncodedText PlaceKindField = JsonEncodedText.Encode("placeKind");
    private static readonly JsonEncodedText CountryCodeField = JsonEncodedText.Encode("countryCode");
    private static readonly JsonEncodedText GeonameIdField = JsonEncodedText.Encode("geonameId");
    private static readonly JsonEncodedText LatitudeField = JsonEncodedText.Encode("latitude");
    private static readonly JsonEncodedText LongitudeField = JsonEncodedText.Encode("longitude");
    private static readonly JsonEncodedText DemonymField = JsonEncodedText.Encode("demonym");

    private static readonly JsonEncodedText QuantityKind = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText ClaimKind = JsonEncodedText.Encode("claim");
    private static readonly JsonEncodedText DateKind = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText OrganizationKind = JsonEncodedText.Encode("organization");
    private static readonly JsonEncodedText PlaceKindName = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText PersonKind = JsonEncodedText.Encode("person");
    private static readonly JsonEncodedText MentionAnchor = JsonEncodedText.Encode("mention");

    private static readonly EncodedNames<Approximation> Approximations = new(a => MentionMapper.Name(a));
    private static readonly EncodedNames<ClaimRelation> Relations = new(r => MentionMapper.Name(r));
    private static readonly EncodedNames<DatePrecision> Granularities = new(MentionMapper.Name);
    private static readonly EncodedNames<TemporalType> TemporalTypes = new(t => MentionMapper.Name(t));
    private static readonly EncodedNames<PlaceKind> PlaceKinds = new(k => MentionMapper.Name(k));

    /// <summary>Whether <paramref name="mention"/> is of a kind the contract covers (checked for a whole document
    /// before any of it is written, so that an unsupported kind leaves nothing half written).</summary>
    public static bool IsSupported(Mention mention) =>
        mention is Quantity or Claim or DateMention or OrganizationMention or PlaceMention or PersonMention;

    /// <summary>The exception for a mention of a kind the contract does not cover.</summary>
    public static NotSupportedException Unsupported(Mention mention) =>
        new($"Mentions of kind {mention.Kind} ({mention.GetType().Name}) have no JSON mapping yet.");

    /// <summary>Writes <paramref name="mention"/> as a JSON object at the writer's current position.</summary>
    /// <exception cref="NotSupportedException">The mention is of a kind the JSON contract does not cover yet.</exception>
    public static void Write(Utf8JsonWriter writer, Mention mention)
    {
        switch (mention)
        {
            case Quantity q:
                Begin(writer, QuantityKind, q);
                WriteQuantityFields(writer, q);
                break;
            case Claim c:
                Begin(writer, ClaimKind, c);
                WriteClaimFields(writer, c);
                break;
            case DateMention d:
                Begin(writer, DateKind, d);
                WriteDateFields(writer, d);
                break;
            case OrganizationMention o:
                Begin(writer, OrganizationKind, o);
                WriteExact(writer, NameField, o.Name);
                WriteExactIfAny(writer, AcronymField, o.Acronym);
                break;
            case PlaceMention p:
                Begin(writer, PlaceKindName, p);
                WritePlaceFields(writer, p);
                break;
            case PersonMention person:
                Begin(writer, PersonKind, person);
                WriteExact(writer, NameField, person.Name);
                break;
            default:
                throw Unsupported(mention);
        }

        writer.WriteEndObject();
    }

    private static void Begin(Utf8JsonWriter writer, JsonEncodedText kind, Mention mention)
    {
        writer.WriteStartObject();
        writer.WriteString(KindField, kind);
        writer.WriteNumber(StartField, mention.Start);
        writer.WriteNumber(EndField, mention.End);
        WriteExact(writer, TextField, mention.Text);
    }

    private static void WriteQuantityFields(Utf8JsonWriter writer, Quantity q)
    {
        WriteNumberOrNull(writer, ValueField, MentionMapper.Normalize(q.Value));
        if (MentionMapper.Normalize(q.Low) is decimal low)
        {
            writer.WriteNumber(LowField, low);
        }

        if (MentionMapper.Normalize(q.High) is decimal high)
        {
            writer.WriteNumber(HighField, high);
        }

        WriteExact(writer, UnitField, q.Unit.Code);
        writer.WriteString(ApproximationField, Approximations.Get(q.Approximation));
        WriteSpan(writer, CountedField, q.Counted);
        WriteSpan(writer, ConversionOfField, q.ConversionOf);
    }

    private static void WriteClaimFields(Utf8JsonWriter writer, Claim c)
    {
        writer.WriteStartArray(QuantitiesField);
        foreach (Quantity q in c.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteNumber(StartField, q.Start);
            writer.WriteNumber(EndField, q.End);
            WriteExact(writer, TextField, q.Text);
            WriteNumberOrNull(writer, ValueField, MentionMapper.Normalize(q.Value));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString(RelationField, Relations.Get(c.Relation));
        WriteSpan(writer, SourceField, c.Source);
        WriteSpan(writer, SubjectField, c.Subject);
        WriteSpan(writer, PredicateField, c.Predicate);
    }

    private static void WriteDateFields(Utf8JsonWriter writer, DateMention d)
    {
        if (d.Value is string value)
        {
            WriteExact(writer, ValueField, value);
        }
        else
        {
            writer.WriteNull(ValueField);
        }

        if (Granularities.TryGet(d.Precision, out JsonEncodedText granularity))
        {
            writer.WriteString(GranularityField, granularity);
        }

        writer.WriteString(TypeField, TemporalTypes.Get(d.Type));

        // Only a value counted from another mention says so: absent, the value is absolute or counted from the
        // reference date, and the JSON of every article that tells no story stays as it was.
        if (d.Anchor == DateAnchor.Mention)
        {
            writer.WriteString(AnchorField, MentionAnchor);
        }

        if (d.AnchorStart is int anchorStart)
        {
            writer.WriteNumber(AnchorStartField, anchorStart);
        }
    }

    private static void WritePlaceFields(Utf8JsonWriter writer, PlaceMention p)
    {
        WriteExact(writer, NameField, p.Name);
        if (p.PlaceKind is PlaceKind kind)
        {
            writer.WriteString(PlaceKindField, PlaceKinds.Get(kind));
        }

        WriteExactIfAny(writer, CountryCodeField, p.CountryCode);
        if (p.GeonameId is long geonameId)
        {
            writer.WriteNumber(GeonameIdField, geonameId);
        }

        if (p.Latitude is double latitude)
        {
            writer.WriteNumber(LatitudeField, latitude);
        }

        if (p.Longitude is double longitude)
        {
            writer.WriteNumber(LongitudeField, longitude);
        }

        if (p.IsDemonym)
        {
            writer.WriteBoolean(DemonymField, true);
        }
    }

    /// <summary>A span of the input, <c>{"start", "end", "text"}</c>; nothing when there is none.</summary>
    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText field, TextSpan? span)
    {
        if (span is not TextSpan s)
        {
            return;
        }

        writer.WriteStartObject(field);
        writer.WriteNumber(StartField, s.Start);
        writer.WriteNumber(EndField, s.End);
        WriteExact(writer, TextField, s.Text);
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText field, decimal? value)
    {
        if (value is decimal d)
        {
            writer.WriteNumber(field, d);
        }
        else
        {
            writer.WriteNull(field);
        }
    }

    /// <summary>A string from the input, written exactly (<see cref="JsonText"/>).</summary>
    internal static void WriteExact(Utf8JsonWriter writer, JsonEncodedText field, string value)
    {
        writer.WritePropertyName(field);
        JsonText.WriteString(writer, value);
    }

    private static void WriteExactIfAny(Utf8JsonWriter writer, JsonEncodedText field, string? value)
    {
        if (value is not null)
        {
            WriteExact(writer, field, value);
        }
    }
}
