namespace Tidings.Numbers;

/// <summary>
/// A number stated in the text, with its value, unit, hedge and bounds:
/// "around 3,000 Armenians" → 3000, <see cref="QuantityUnit.Count"/>, <see cref="Approximation.Approximate"/>,
/// counted "Armenians".
/// </summary>
/// <remarks>
/// <para>The span covers the hedge, the number and its unit ("nearly half a million", "around $200,000",
/// "12 per cent"); the counted noun is reported separately in <see cref="Counted"/>.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed record Quantity : Mention
{
    // Storage: a quantity is built for every number of every document, so it is kept small. The value and the counted
    // span are kept inline without their nullable wrappers; the bounds and the converted span, which few quantities
    // have, sit in one shared record when present (_rare). Equality is the record's, field by field, as before.
    private readonly decimal _value;
    private readonly bool _hasValue;
    private readonly bool _hasCounted;
    private readonly int _countedStart;
    private readonly int _countedEnd;
    private readonly string? _countedText;
    private readonly Rare? _rare;

    /// <summary>Creates a quantity mention.</summary>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="end">The offset just past the last character.</param>
    /// <param name="text">The mention text.</param>
    /// <param name="value">The value; null for a vague amount ("dozens").</param>
    /// <param name="unit">The unit.</param>
    /// <param name="approximation">How exactly the text states it.</param>
    /// <param name="low">The lower bound the text gives, if any.</param>
    /// <param name="high">The upper bound the text gives, if any.</param>
    /// <param name="counted">The thing counted ("Armenians"), if the text names it.</param>
    public Quantity(
        int start,
        int end,
        string text,
        decimal? value,
        QuantityUnit unit,
        Approximation approximation,
        decimal? low = null,
        decimal? high = null,
        TextSpan? counted = null)
        : base(start, end, text)
    {
        _hasValue = value.HasValue;
        _value = value.GetValueOrDefault();
        Unit = unit;
        Approximation = approximation;
        _rare = Rare.Of(low, high, null);
        if (counted is TextSpan c)
        {
            _hasCounted = true;
            (_countedStart, _countedEnd, _countedText) = c;
        }
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Quantity;

    /// <summary>The value ("half a million" → 500000, "$2.3bn" → 2300000000, "1 in 5" → 0.2);
    /// null for a vague amount; the midpoint for a range.</summary>
    public decimal? Value => _hasValue ? _value : null;

    /// <summary>The lower bound the text gives (ranges, "at least", "more than", vague amounts); otherwise null.</summary>
    public decimal? Low => _rare?.Low;

    /// <summary>The upper bound the text gives (ranges, "up to", "nearly", "less than"); otherwise null.</summary>
    public decimal? High => _rare?.High;

    /// <summary>The unit.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>How exactly the text states the quantity.</summary>
    public Approximation Approximation { get; }

    /// <summary>The span of the thing counted ("Armenians" in "around 3,000 Armenians"), if any.</summary>
    public TextSpan? Counted => _hasCounted ? new TextSpan(_countedStart, _countedEnd, _countedText!) : null;

    /// <summary>
    /// For a conversion in brackets ("about 40 kilometres (25 miles)"), the span of the quantity it converts;
    /// the conversion keeps that quantity's hedge. Null otherwise.
    /// </summary>
    public TextSpan? ConversionOf
    {
        get => _rare?.ConversionOf;
        init => _rare = Rare.Of(Low, High, value);
    }

    /// <summary>What few quantities have: bounds and a converted span (null when none is given).</summary>
    private sealed record Rare(decimal? Low, decimal? High, TextSpan? ConversionOf)
    {
        public static Rare? Of(decimal? low, decimal? high, TextSpan? conversionOf) =>
            low is null && high is null && conversionOf is null ? null : new Rare(low, high, conversionOf);
    }
}
