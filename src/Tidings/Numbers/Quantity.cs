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
        Value = value;
        Unit = unit;
        Approximation = approximation;
        Low = low;
        High = high;
        Counted = counted;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Quantity;

    /// <summary>The value ("half a million" → 500000, "$2.3bn" → 2300000000, "1 in 5" → 0.2);
    /// null for a vague amount; the midpoint for a range.</summary>
    public decimal? Value { get; }

    /// <summary>The lower bound the text gives (ranges, "at least", "more than", vague amounts); otherwise null.</summary>
    public decimal? Low { get; }

    /// <summary>The upper bound the text gives (ranges, "up to", "nearly", "less than"); otherwise null.</summary>
    public decimal? High { get; }

    /// <summary>The unit.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>How exactly the text states the quantity.</summary>
    public Approximation Approximation { get; }

    /// <summary>The span of the thing counted ("Armenians" in "around 3,000 Armenians"), if any.</summary>
    public TextSpan? Counted { get; }

    /// <summary>
    /// For a conversion in brackets ("about 40 kilometres (25 miles)"), the span of the quantity it converts;
    /// the conversion keeps that quantity's hedge. Null otherwise.
    /// </summary>
    public TextSpan? ConversionOf { get; init; }
}
