namespace Tidings.Dates;

/// <summary>What kind of temporal expression a <see cref="DateMention"/> is (TimeML's TIMEX3 types).</summary>
public enum TemporalType
{
    /// <summary>A calendar date or period: "July 24", "last week", "2008", "the 1970s".</summary>
    Date,
    /// <summary>A time of day: "7 a.m.", "Wednesday evening".</summary>
    Time,
    /// <summary>An amount of time: "six months" (value <c>P6M</c>).</summary>
    Duration,
    /// <summary>A recurrence: "every four years" (value <c>P4Y</c>).</summary>
    Set,
}

/// <summary>How precisely a date expression names its time: the type says what is known, as NodaTime's types do.</summary>
public enum DatePrecision
{
    /// <summary>Nothing resolvable (value <c>null</c>).</summary>
    Unknown,
    /// <summary>A time of day or part of a day ("the night of July 24": <c>2020-07-24TNI</c>).</summary>
    PartOfDay,
    /// <summary>A clock time ("7 a.m.", "3:30 p.m.", "noon": <c>2020-07-28T07:00</c>).</summary>
    TimeOfDay,
    /// <summary>A day: <c>2020-07-24</c>.</summary>
    Day,
    /// <summary>A weekend: <c>2024-W03-WE</c>.</summary>
    Weekend,
    /// <summary>An ISO week: <c>2023-W21</c>.</summary>
    Week,
    /// <summary>A month: <c>2020-07</c>.</summary>
    Month,
    /// <summary>A season: <c>2020-SU</c>.</summary>
    Season,
    /// <summary>A quarter: <c>2023-Q2</c>.</summary>
    Quarter,
    /// <summary>A half year: <c>2023-H1</c>.</summary>
    Half,
    /// <summary>A year: <c>2018</c>.</summary>
    Year,
    /// <summary>A decade: <c>197</c> (the 1970s).</summary>
    Decade,
    /// <summary>A century: <c>19</c>.</summary>
    Century,
    /// <summary>The present: <c>PRESENT_REF</c>; the past or future in general: <c>PAST_REF</c>, <c>FUTURE_REF</c>.</summary>
    Reference,
}

/// <summary>What a relative date expression was resolved against.</summary>
public enum DateAnchor
{
    /// <summary>Nothing: the expression is absolute ("July 24, 2020", "six months"), or there was no reference date.</summary>
    None,
    /// <summary>The publication (reference) date: "yesterday", "on Monday", a bare "July 19" in present-tense news.</summary>
    Publication,
    /// <summary>An earlier date mention of the running text (<see cref="DateMention.AnchorStart"/>): "On March 4" in a story told in 1941.</summary>
    Mention,
}

/// <summary>
/// A date expression with its TIMEX3-style value resolved against the document's reference date:
/// "on the night of July 24" → <c>2020-07-24TNI</c>, "two years ago" → <c>2018</c>.
/// </summary>
/// <remarks><threadsafety>Instances are immutable and safe to share between threads.</threadsafety></remarks>
public sealed record DateMention : Mention
{
    /// <summary>Creates a date mention.</summary>
    public DateMention(int start, int end, string text, TemporalType type, string? value, DatePrecision precision)
        : base(start, end, text)
    {
        Type = type;
        Value = value;
        Precision = precision;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Date;

    /// <summary>Date, time, duration or set.</summary>
    public TemporalType Type { get; }

    /// <summary>The TIMEX3 value (<c>2020-07-24</c>, <c>2020-07</c>, <c>197</c>, <c>2023-Q2</c>, <c>P6M</c>, <c>PRESENT_REF</c>); null when unresolved.</summary>
    public string? Value { get; }

    /// <summary>What the value is precise to.</summary>
    public DatePrecision Precision { get; }

    /// <summary>What the value was counted from: nothing (absolute), the publication date, or an earlier mention.</summary>
    public DateAnchor Anchor { get; init; }

    /// <summary>When <see cref="Anchor"/> is <see cref="DateAnchor.Mention"/>: the start offset of the anchoring date mention.</summary>
    public int? AnchorStart { get; init; }
}
