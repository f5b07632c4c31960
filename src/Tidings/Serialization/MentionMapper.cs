using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;

namespace Tidings.Serialization;

/// <summary>The contract's names of the public enums, and numbers as the contract writes them (<see cref="MentionWriter"/>).</summary>
internal static class MentionMapper
{
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
    /// <remarks>A whole number written without a fractional part (scale 0, not zero) has no trailing zero to drop, and
    /// the division (a costly one) would return it as it is: it is returned at once.</remarks>
    internal static decimal? Normalize(decimal? value) => value switch
    {
        null => null,
        decimal { Scale: 0 } d when d != 0m => d,
        decimal d => d / 1.0000000000000000000000000000m,
    };
}
