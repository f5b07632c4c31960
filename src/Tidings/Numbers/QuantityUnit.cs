namespace Tidings.Numbers;

/// <summary>The family a <see cref="QuantityUnit"/> belongs to.</summary>
public enum UnitKind
{
    /// <summary>A count of things (the default): "13 people".</summary>
    Count,
    /// <summary>A percentage: "5%", "five percent", "5 per cent".</summary>
    Percent,
    /// <summary>Percentage points: "2 percentage points".</summary>
    PercentagePoints,
    /// <summary>A proportion between 0 and 1 (or more): "one in five", "two-thirds", "14 of 20".</summary>
    Ratio,
    /// <summary>Money; <see cref="QuantityUnit.Code"/> is the ISO 4217 code.</summary>
    Currency,
    /// <summary>A physical measure; <see cref="QuantityUnit.Code"/> is its symbol ("km", "km2", "t", "degC", "bbl/d").</summary>
    Measure,
}

/// <summary>The unit of a quantity: a family and a stable code, as written in the JSON contract's <c>unit</c> field.</summary>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct QuantityUnit
{
    private readonly string? _code;

    /// <summary>Creates a unit of <paramref name="kind"/> with the contract code <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or empty.</exception>
    public QuantityUnit(UnitKind kind, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Kind = kind;
        _code = code;
    }

    /// <summary>The family of the unit.</summary>
    public UnitKind Kind { get; }

    /// <summary>The contract code: <c>count</c>, <c>percent</c>, <c>pp</c>, <c>ratio</c>, an ISO 4217 code or a measure symbol.</summary>
    public string Code => _code ?? "count";

    /// <summary>A plain count, the default unit.</summary>
    public static QuantityUnit Count { get; } = new(UnitKind.Count, "count");

    /// <summary>Percent.</summary>
    public static QuantityUnit Percent { get; } = new(UnitKind.Percent, "percent");

    /// <summary>Percentage points.</summary>
    public static QuantityUnit PercentagePoints { get; } = new(UnitKind.PercentagePoints, "pp");

    /// <summary>A proportion.</summary>
    public static QuantityUnit Ratio { get; } = new(UnitKind.Ratio, "ratio");

    /// <summary>Money in the currency with ISO 4217 code <paramref name="isoCode"/>.</summary>
    public static QuantityUnit Currency(string isoCode) => new(UnitKind.Currency, isoCode);

    /// <summary>A measure with symbol <paramref name="symbol"/>.</summary>
    public static QuantityUnit Measure(string symbol) => new(UnitKind.Measure, symbol);

    /// <summary>Returns <see cref="Code"/>.</summary>
    public override string ToString() => Code;
}
