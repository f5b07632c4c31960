using System.Collections.Immutable;
using Tidings.Numbers;

namespace Tidings.Claims;

/// <summary>How the quantities of a <see cref="Claim"/> relate to each other.</summary>
public enum ClaimRelation
{
    /// <summary>One quantity asserted on its own: "the police detained 13 people".</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Mirrors the JSON contract's relation name \"single\".")]
    Single,
    /// <summary>Quantities set against each other: "70 against around 3,000", "voted 68-32", "far short of the 500".</summary>
    Comparison,
    /// <summary>A span of values: "between 8,000 and 10,000".</summary>
    Range,
    /// <summary>A movement from one value to another: "rose 7.9% to $48.2 billion", "eased to 61.4% from 61.5%".</summary>
    Change,
    /// <summary>A part of a whole: "14 of 20 analysts", "one in five adults".</summary>
    Ratio,
}

/// <summary>
/// A numeric claim: one statement in a sentence that asserts one or more quantities, with who asserts it,
/// what it is about and the verb that asserts it.
/// </summary>
/// <remarks>
/// <para>The span runs from the first to the last of its parts (quantities, source, subject, predicate) and
/// never crosses a sentence boundary. Every quantity is a <see cref="Quantity"/> mention of the same document,
/// and belongs to at most one claim.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed record Claim : Mention
{
    // Storage: a claim is built for every group of quantities, so it is kept small. The parts (source, subject,
    // predicate) lie inside the claim's own text, so they are kept as offsets and their texts cut from Text when read;
    // parts given through the public constructor that the text does not hold are kept as given (_given).
    private const int None = -1;
    private readonly int _sourceStart = None;
    private readonly int _sourceEnd;
    private readonly int _subjectStart = None;
    private readonly int _subjectEnd;
    private readonly int _predicateStart = None;
    private readonly int _predicateEnd;
    private readonly GivenParts? _given;

    /// <summary>Creates a claim.</summary>
    /// <exception cref="ArgumentException"><paramref name="quantities"/> is empty.</exception>
    public Claim(
        int start,
        int end,
        string text,
        ImmutableArray<Quantity> quantities,
        ClaimRelation relation,
        TextSpan? source = null,
        TextSpan? subject = null,
        TextSpan? predicate = null)
        : this(start, end, text, quantities, relation)
    {
        if (Holds(source) && Holds(subject) && Holds(predicate))
        {
            (_sourceStart, _sourceEnd) = Offsets(source);
            (_subjectStart, _subjectEnd) = Offsets(subject);
            (_predicateStart, _predicateEnd) = Offsets(predicate);
        }
        else
        {
            _given = new GivenParts(source, subject, predicate);
        }
    }

    /// <summary>Creates a claim whose parts are spans of its own text (absolute offsets; a start of -1 for none).</summary>
    internal Claim(
        int start,
        int end,
        string text,
        ImmutableArray<Quantity> quantities,
        ClaimRelation relation,
        (int Start, int End) source,
        (int Start, int End) subject,
        (int Start, int End) predicate)
        : this(start, end, text, quantities, relation)
    {
        (_sourceStart, _sourceEnd) = source;
        (_subjectStart, _subjectEnd) = subject;
        (_predicateStart, _predicateEnd) = predicate;
    }

    private Claim(int start, int end, string text, ImmutableArray<Quantity> quantities, ClaimRelation relation)
        : base(start, end, text)
    {
        if (quantities.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A claim asserts at least one quantity.", nameof(quantities));
        }

        Quantities = quantities;
        Relation = relation;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Claim;

    /// <summary>The quantities asserted, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>How the quantities relate.</summary>
    public ClaimRelation Relation { get; }

    /// <summary>Who asserts it ("one of the organizers …", "the Interior Ministry"), if the sentence says.</summary>
    public TextSpan? Source => _given is null ? Part(_sourceStart, _sourceEnd) : _given.Source;

    /// <summary>What the claim is about (the subject of the asserting clause), if found.</summary>
    public TextSpan? Subject => _given is null ? Part(_subjectStart, _subjectEnd) : _given.Subject;

    /// <summary>The verb that asserts the quantities ("detained", "allocated"), if found.</summary>
    public TextSpan? Predicate => _given is null ? Part(_predicateStart, _predicateEnd) : _given.Predicate;

    /// <summary>Value equality, comparing the quantities element by element.</summary>
    public bool Equals(Claim? other) =>
        other is not null && base.Equals(other) && Relation == other.Relation && Source == other.Source
        && Subject == other.Subject && Predicate == other.Predicate && Quantities.AsSpan().SequenceEqual(other.Quantities.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Relation, Source, Quantities.Length);

    private TextSpan? Part(int start, int end) =>
        start == None ? null : new TextSpan(start, end, Text.Substring(start - Start, end - start));

    /// <summary>Whether the claim's text holds the span (so it can be kept as offsets and cut from the text).</summary>
    private bool Holds(TextSpan? span) =>
        span is not TextSpan s
        || s.Start >= Start && s.End <= End && s.End >= s.Start && s.Text is not null && s.Text.Length == s.End - s.Start
            && Text.AsSpan(s.Start - Start, s.End - s.Start).SequenceEqual(s.Text);

    private static (int Start, int End) Offsets(TextSpan? span) => span is TextSpan s ? (s.Start, s.End) : (None, 0);

    /// <summary>Parts given to the public constructor as they were, when the claim's text does not hold them.</summary>
    private sealed record GivenParts(TextSpan? Source, TextSpan? Subject, TextSpan? Predicate);
}
