using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;

namespace Tidings.Serialization;

/// <summary>Maps the public mention types to their JSON DTOs: one case per kind.</summary>
internal static class MentionMapper
{
    /// <exception cref="NotSupportedException">The mention is of a kind the JSON contract does not cover yet.</exception>
    public static MentionDto ToDto(Mention mention) => mention switch
    {
        Quantity q => new QuantityDto
        {
            Start = q.Start,
            End = q.End,
            Text = q.Text,
            Value = Normalize(q.Value),
            Low = Normalize(q.Low),
            High = Normalize(q.High),
            Unit = q.Unit.Code,
            Approximation = Name(q.Approximation),
            Counted = SpanDto.From(q.Counted),
            ConversionOf = SpanDto.From(q.ConversionOf),
        },
        Claim c => new ClaimDto
        {
            Start = c.Start,
            End = c.End,
            Text = c.Text,
            Quantities = ClaimQuantities(c),
            Relation = Name(c.Relation),
            Source = SpanDto.From(c.Source),
            Subject = SpanDto.From(c.Subject),
            Predicate = SpanDto.From(c.Predicate),
        },
        DateMention d => new DateDto
        {
            Start = d.Start,
            End = d.End,
            Text = d.Text,
            Value = d.Value,
            Granularity = Name(d.Precision),
            Type = Name(d.Type),
            // Only a value counted from another mention says so: absent, the value is absolute or counted from the
            // reference date, and the JSON of every article that tells no story stays as it was.
            Anchor = d.Anchor == DateAnchor.Mention ? "mention" : null,
            AnchorStart = d.AnchorStart,
        },
        OrganizationMention o => new OrganizationDto
        {
            Start = o.Start,
            End = o.End,
            Text = o.Text,
            Name = o.Name,
            Acronym = o.Acronym,
        },
        PlaceMention p => new PlaceDto
        {
            Start = p.Start,
            End = p.End,
            Text = p.Text,
            Name = p.Name,
            PlaceKind = p.PlaceKind is PlaceKind kind ? Name(kind) : null,
            CountryCode = p.CountryCode,
            GeonameId = p.GeonameId,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            Demonym = p.IsDemonym,
        },
        PersonMention person => new PersonDto
        {
            Start = person.Start,
            End = person.End,
            Text = person.Text,
            Name = person.Name,
        },
        _ => throw new NotSupportedException($"Mentions of kind {mention.Kind} ({mention.GetType().Name}) have no JSON mapping yet."),
    };

    private static ClaimQuantityDto[] ClaimQuantities(Claim claim)
    {
        var quantities = new ClaimQuantityDto[claim.Quantities.Length];
        for (int i = 0; i < quantities.Length; i++)
        {
            Quantity q = claim.Quantities[i];
            quantities[i] = new ClaimQuantityDto { Start = q.Start, End = q.End, Text = q.Text, Value = Normalize(q.Value) };
        }

        return quantities;
    }

    /// <summary>The contract name of an approximation; spelled out so renaming an enum member cannot change the JSON.</summary>
    internal static string Name(Approximation approximation) => approximation switch
    {
        Approximation.Exact => "exact",
        Approximation.Approximate => "approximate",
        Approximation.AtLeast => "atLeast",
        Approximation.AtMost => "atMost",
        Approximation.MoreThan => "moreThan",
        Approximation.LessThan => "lessThan",
        Approximation.Range => "range",
        Approximation.Vague => "vague",
        _ => throw new NotSupportedException($"Approximation {approximation} has no JSON name."),
    };

    /// <summary>The contract name of a date's precision (its granularity); null when it has none.</summary>
    internal static string? Name(DatePrecision precision) => precision switch
    {
        DatePrecision.PartOfDay => "partOfDay",
        DatePrecision.TimeOfDay => "time",
        DatePrecision.Day => "day",
        DatePrecision.Weekend => "weekend",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Season => "season",
        DatePrecision.Quarter => "quarter",
        DatePrecision.Half => "half",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        DatePrecision.Century => "century",
        DatePrecision.Reference => "reference",
        _ => null,
    };

    /// <summary>The contract name of a place kind.</summary>
    internal static string Name(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        PlaceKind.City => "city",
        PlaceKind.District => "district",
        PlaceKind.Continent => "continent",
        PlaceKind.Feature => "feature",
        _ => throw new NotSupportedException($"Place kind {kind} has no JSON name."),
    };

    /// <summary>The contract name of a temporal type.</summary>
    internal static string Name(TemporalType type) => type switch
    {
        TemporalType.Date => "date",
        TemporalType.Time => "time",
        TemporalType.Duration => "duration",
        _ => "set",
    };

    /// <summary>The contract name of a claim relation.</summary>
    internal static string Name(ClaimRelation relation) => relation switch
    {
        ClaimRelation.Single => "single",
        ClaimRelation.Comparison => "comparison",
        ClaimRelation.Range => "range",
        ClaimRelation.Change => "change",
        ClaimRelation.Ratio => "ratio",
        _ => throw new NotSupportedException($"Relation {relation} has no JSON name."),
    };

    /// <summary>Drops trailing zeros so the JSON reads 2300000000 rather than 2300000000.0, and 2.3 rather than 2.30.</summary>
    internal static decimal? Normalize(decimal? value) =>
        value is decimal d ? d / 1.0000000000000000000000000000m : null;
}
